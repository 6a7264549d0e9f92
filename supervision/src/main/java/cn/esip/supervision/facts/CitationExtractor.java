package cn.esip.supervision.facts;

import cn.esip.nlp.text.ChineseNumerals;
import cn.esip.supervision.report.Evidence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the citations of one clause of a decision ("违反了《某法》第九条第（三）项的规定", "依据《某法》（2019年3月2日修订）
 * 第六十三条第一款、第二款的规定"): each law, an optional named version, and the chain of 条/款/项 that follows it,
 * where a bare 款 or 项 continues the article before it.
 */
public final class CitationExtractor {

    private static final String NUM = "[零〇一二三四五六七八九十百千两\\d]+";
    private static final Pattern LAW = Pattern.compile("《([^》]{2,60})》\\s*(?:[（(]([^）)]{0,30})[)）])?");
    private static final Pattern UNIT = Pattern.compile(
            "第(" + NUM + ")条(?:之(" + NUM + "))?|第(" + NUM + ")款|第[（(]?(" + NUM + ")[)）]?项|[（(](" + NUM + ")[)）]项?");
    private static final Pattern VERSION = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日");
    private static final Pattern JOIN = Pattern.compile("^[、，,和及与以或\\s]*(和|及|以及|、|，)?[\\s]*$");

    private CitationExtractor() {
    }

    /** The citations in {@code clause}; evidence quotes the clause in {@code document} at {@code line}. */
    public static List<CitedProvision> extract(String clause, String document, int page, int line) {
        List<CitedProvision> out = new ArrayList<>();
        clause = clause.replaceAll("\\s+", "");
        Matcher law = LAW.matcher(clause);
        List<int[]> laws = new ArrayList<>();
        while (law.find()) {
            laws.add(new int[]{law.start(), law.end()});
        }
        for (int k = 0; k < laws.size(); k++) {
            law.find(laws.get(k)[0]);
            String title = law.group(1).trim();
            LocalDate version = versionOf(law.group(2));
            int from = law.end();
            int to = k + 1 < laws.size() ? laws.get(k + 1)[0] : clause.length();
            String tail = clause.substring(from, to);
            Evidence ev = Evidence.quote(document, page, line, clause.strip());
            int article = 0, suffix = 0, paragraph = 0;
            boolean any = false;
            Matcher u = UNIT.matcher(tail);
            int pos = 0;
            boolean pending = false;
            while (u.find()) {
                String gap = tail.substring(pos, u.start());
                if (!gap.isEmpty() && !JOIN.matcher(gap).matches()) {
                    break;
                }
                boolean separated = gap.contains("、") || gap.contains("和") || gap.contains("及") || gap.contains("，");
                if (u.group(1) != null) {
                    if (pending) {
                        out.add(new CitedProvision(title, version, article, suffix, paragraph, 0, tail, ev));
                    }
                    article = ChineseNumerals.parse(u.group(1));
                    suffix = u.group(2) == null ? 0 : ChineseNumerals.parse(u.group(2));
                    paragraph = 0;
                    pending = true;
                } else if (u.group(3) != null) {
                    if (pending && paragraph > 0 && separated) {
                        out.add(new CitedProvision(title, version, article, suffix, paragraph, 0, tail, ev));
                    } else if (pending && paragraph == 0 && separated) {
                        out.add(new CitedProvision(title, version, article, suffix, 0, 0, tail, ev));
                    }
                    paragraph = ChineseNumerals.parse(u.group(3));
                    pending = article > 0;
                } else {
                    String n = u.group(4) != null ? u.group(4) : u.group(5);
                    if (article > 0) {
                        out.add(new CitedProvision(title, version, article, suffix, paragraph, ChineseNumerals.parse(n), tail, ev));
                        any = true;
                        pending = false;
                    }
                }
                pos = u.end();
            }
            if (pending) {
                out.add(new CitedProvision(title, version, article, suffix, paragraph, 0, tail, ev));
                any = true;
            }
            if (!any && out.stream().noneMatch(c -> c.law().equals(title) && c.evidence() == ev)) {
                out.add(new CitedProvision(title, version, 0, 0, 0, 0, tail, ev));
            }
        }
        return out;
    }

    private static LocalDate versionOf(String note) {
        if (note == null) {
            return null;
        }
        Matcher m = VERSION.matcher(note);
        if (!m.find()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
