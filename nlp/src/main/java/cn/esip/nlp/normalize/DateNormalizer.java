package cn.esip.nlp.normalize;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates (2024年3月1日, 二〇二四年三月一日, 2024-03-01, 2024/3/1, 2024.3.1, 2024年3月) with an optional
 * time of day (14时30分, 下午3时, 14:30) and normalises them to ISO 8601 (2024-03-01, 2024-03-01T14:30, 2024-03).
 */
public final class DateNormalizer {

    private static final String CN_D = "〇○零一二三四五六七八九";
    private static final String CN_N = "一二三四五六七八九十两";
    private static final String YEAR = "(\\d{4}|[" + CN_D + "]{4})";
    private static final String MD = "(\\d{1,2}|[" + CN_N + "]{1,3})";
    private static final String TIME = "(?:\\s*(上午|下午|晚上|凌晨|中午|早上|傍晚|夜间|晚)?\\s*(\\d{1,2}|[" + CN_N + "零]{1,3})\\s*[时点]"
            + "(?:\\s*(\\d{1,2}|[" + CN_N + "零]{1,3})\\s*分)?)?";
    private static final Pattern CHINESE = Pattern.compile(YEAR + "\\s*年\\s*" + MD + "\\s*月(?:\\s*" + MD + "\\s*[日号])?" + TIME);
    private static final Pattern NUMERIC = Pattern.compile(
            "(?<!\\d)(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})(?!\\d)(?:[ T](\\d{1,2}):(\\d{2}))?");

    private DateNormalizer() {
    }

    /** All dates in {@code text}, left to right; impossible dates (2024年2月30日) are left out. */
    public static List<Match> find(String text) {
        List<Match> out = new ArrayList<>();
        Matcher m = CHINESE.matcher(text);
        while (m.find()) {
            String iso = iso(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6));
            if (iso != null) {
                out.add(new Match(m.start(), m.end(), m.group(), iso));
            }
        }
        m = NUMERIC.matcher(text);
        while (m.find()) {
            String iso = iso(m.group(1), m.group(3), m.group(4), null, m.group(5), m.group(6));
            if (iso != null) {
                out.add(new Match(m.start(), m.end(), m.group(), iso));
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /** The ISO form of a text that is exactly one date; throws IllegalArgumentException otherwise. */
    public static String parse(String date) {
        String s = date == null ? "" : date.strip();
        List<Match> found = find(s);
        if (found.size() != 1 || found.get(0).start() != 0 || found.get(0).end() != s.length()) {
            throw new IllegalArgumentException("not a date: '" + date + "'");
        }
        return found.get(0).value();
    }

    private static String iso(String y, String mo, String d, String period, String h, String mi) {
        Integer year = number(y);
        Integer month = number(mo);
        if (year == null || month == null || year < 1900 || year > 2200) {
            return null;
        }
        try {
            if (d == null) {
                if (month < 1 || month > 12) {
                    return null;
                }
                return String.format("%04d-%02d", year, month);
            }
            Integer day = number(d);
            if (day == null) {
                return null;
            }
            LocalDate date = LocalDate.of(year, month, day);
            if (h == null) {
                return date.toString();
            }
            Integer hour = number(h);
            Integer minute = mi == null ? Integer.valueOf(0) : number(mi);
            if (hour == null || minute == null) {
                return date.toString();
            }
            if (period != null && (period.equals("下午") || period.startsWith("晚") || period.equals("傍晚")
                    || period.equals("夜间")) && hour < 12) {
                hour += 12;
            }
            if (hour == 24) {
                hour = 0;
                date = date.plusDays(1);
            }
            return LocalDateTime.of(date, java.time.LocalTime.of(hour, minute)).toString();
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static Integer number(String s) {
        if (s == null) {
            return null;
        }
        String t = s.replace('○', '〇');
        BigDecimal v = AmountNumerals.parse(t);
        return v == null ? null : v.intValue();
    }
}
