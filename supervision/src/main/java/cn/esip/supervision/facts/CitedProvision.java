package cn.esip.supervision.facts;

import cn.esip.supervision.report.Evidence;

import java.time.LocalDate;

/**
 * A provision that a case cites (违反 or 依据): the law as written, the version the text names (null: the version
 * in force), and article/paragraph/item numbers (0 = not given), with where it was read.
 */
public record CitedProvision(String law, LocalDate namedVersion, int article, int articleSuffix, int paragraph,
                             int item, String text, Evidence evidence) {

    /** The deepest unit named: 3 item, 2 paragraph, 1 article, 0 the law only. */
    public int depth() {
        return item > 0 ? 3 : paragraph > 0 ? 2 : article > 0 ? 1 : 0;
    }

    /** The citation as a reviewer writes it. */
    public String label() {
        StringBuilder sb = new StringBuilder("《").append(law).append("》");
        if (article > 0) {
            sb.append("第").append(article).append("条");
        }
        if (paragraph > 0) {
            sb.append("第").append(paragraph).append("款");
        }
        if (item > 0) {
            sb.append("第（").append(item).append("）项");
        }
        return sb.toString();
    }
}
