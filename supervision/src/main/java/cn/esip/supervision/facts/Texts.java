package cn.esip.supervision.facts;

import cn.esip.nlp.text.ChineseNumerals;
import cn.esip.supervision.casefile.CaseDocument;
import cn.esip.supervision.report.Evidence;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small text helpers over case documents: dates as written (Arabic or Chinese numerals) and line lookup. */
public final class Texts {

    /** A written date: 2024年6月3日 or 二〇二四年六月三日. */
    public static final Pattern DATE = Pattern.compile(
            "([12]\\d{3}|[一二〇零○Ｏ][〇零○Ｏ一二三四五六七八九]{3})\\s*年\\s*([\\d]{1,2}|[一二三四五六七八九十]{1,3})\\s*月\\s*([\\d]{1,2}|[一二三四五六七八九十]{1,4})\\s*日");

    private Texts() {
    }

    /** One written date: the text, its year/month/day numbers, and the date (null when impossible, e.g. 6月31日). */
    public record WrittenDate(String text, int year, int month, int day, LocalDate date, int start, int end) {
    }

    /** Every date written in {@code s}, left to right. */
    public static List<WrittenDate> dates(String s) {
        List<WrittenDate> out = new ArrayList<>();
        Matcher m = DATE.matcher(s);
        while (m.find()) {
            int y = year(m.group(1));
            int mo = ChineseNumerals.parseOrMinus(m.group(2), 0, m.group(2).length());
            int d = ChineseNumerals.parseOrMinus(m.group(3), 0, m.group(3).length());
            if (y < 0 || mo < 0 || d < 0) {
                continue;
            }
            LocalDate date;
            try {
                date = LocalDate.of(y, mo, d);
            } catch (DateTimeException e) {
                date = null;
            }
            out.add(new WrittenDate(m.group(), y, mo, d, date, m.start(), m.end()));
        }
        return out;
    }

    private static int year(String s) {
        if (Character.isDigit(s.charAt(0)) && s.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(s);
        }
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            int v = "〇一二三四五六七八九".indexOf(c);
            if (c == '零' || c == '○' || c == 'Ｏ') {
                v = 0;
            }
            if (v < 0) {
                return -1;
            }
            sb.append(v);
        }
        return Integer.parseInt(sb.toString());
    }

    /** The first date in {@code s} that is a real day, or null. */
    public static LocalDate firstDate(String s) {
        for (WrittenDate d : dates(s)) {
            if (d.date() != null) {
                return d.date();
            }
        }
        return null;
    }

    /** The first line of {@code doc} that matches {@code p}, or null. */
    public static CaseDocument.Line line(CaseDocument doc, Pattern p) {
        for (CaseDocument.Line l : doc.lines()) {
            if (p.matcher(l.text()).find()) {
                return l;
            }
        }
        return null;
    }

    /** The evidence of a line. */
    public static Evidence quote(CaseDocument doc, CaseDocument.Line l) {
        return Evidence.quote(doc.fileName(), doc.scanned() ? l.page() : 0, l.number(), l.text().strip());
    }

    /** The line of {@code doc} that holds character offset {@code at} of {@link CaseDocument#text()}. */
    public static CaseDocument.Line lineAt(CaseDocument doc, int at) {
        int pos = 0;
        CaseDocument.Line last = null;
        for (CaseDocument.Line l : doc.lines()) {
            if (at < pos + l.text().length() + 1) {
                return l;
            }
            pos += l.text().length() + 1;
            last = l;
        }
        return last;
    }

    /** Text without spaces, for matching across the gaps OCR and typesetting leave. */
    public static String compact(String s) {
        return s.replaceAll("[ \\t\u3000]+", "");
    }
}
