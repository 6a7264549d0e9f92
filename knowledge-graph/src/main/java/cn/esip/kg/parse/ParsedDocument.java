package cn.esip.kg.parse;

import cn.esip.kg.domain.HistoryEntry;

import java.util.List;

/**
 * One corpus file read into its parts, before codes are assigned: title, subtitle, history lines,
 * the body as headings and articles, and what was wrong with it.
 *
 * @param file     path relative to the corpus root ('/'-separated)
 * @param fileDate the date in the file name, or null
 * @param units    headings and articles in document order
 * @param problems reasons this file is damaged (empty when it is clean)
 * @param body     the text after the header (after {@code <!-- INFO END -->}), blank lines dropped
 */
public record ParsedDocument(String file, String title, String subtitle, java.time.LocalDate fileDate,
                             List<HistoryEntry> history, List<Unit> units, List<String> problems, String body) {

    /** A heading or an article. */
    public sealed interface Unit permits Heading, Article {
    }

    /**
     * A heading of 编/分编/章/节 (numbered) or another heading (number 0, level null), e.g. 附则, 序言.
     */
    public record Heading(cn.esip.kg.domain.ProvisionLevel level, int number, String label) implements Unit {
    }

    /** An article 第N条[之n] with its paragraphs. */
    public record Article(int number, int suffix, String label, List<Paragraph> paragraphs) implements Unit {
        /** The whole text of the article, paragraphs and items one per line. */
        public String text() {
            StringBuilder sb = new StringBuilder(label);
            boolean first = true;
            for (Paragraph p : paragraphs) {
                sb.append(first ? " " : "\n").append(p.text());
                first = false;
                for (Item i : p.items()) {
                    sb.append('\n').append(i.text());
                    for (Item s : i.subitems()) {
                        sb.append('\n').append(s.text());
                    }
                }
            }
            return sb.toString();
        }
    }

    /** A paragraph (款) with the items (项) that follow it. */
    public record Paragraph(String text, List<Item> items) {
    }

    /** An item (项) or subitem (目), with its subitems. */
    public record Item(int number, String text, List<Item> subitems) {
    }

    /** The articles only. */
    public List<Article> articles() {
        return units.stream().filter(u -> u instanceof Article).map(u -> (Article) u).toList();
    }
}
