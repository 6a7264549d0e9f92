package cn.esip.nlp.normalize;

import java.math.BigDecimal;

/**
 * Values of Chinese amount numerals as written in money and dates: ordinary (一千二百) and financial 大写
 * (壹仟贰佰) characters, digit strings (二〇二四), 万/亿 sections, and Arabic numbers with an optional 万/亿.
 */
public final class AmountNumerals {

    private static final String DIGITS = "零一二三四五六七八九";
    private static final String CAPITAL_DIGITS = "零壹贰叁肆伍陆柒捌玖";

    private AmountNumerals() {
    }

    /** Value of one digit character (零/〇/0 … 九/玖/9, 两/俩 = 2), or -1. */
    public static int digit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= '０' && c <= '９') {
            return c - '０';
        }
        if (c == '〇') {
            return 0;
        }
        if (c == '两' || c == '俩') {
            return 2;
        }
        int i = DIGITS.indexOf(c);
        if (i >= 0) {
            return i;
        }
        return CAPITAL_DIGITS.indexOf(c);
    }

    /** Value of a small unit (十/拾 10, 百/佰 100, 千/仟 1000), or 0. */
    static int smallUnit(char c) {
        return switch (c) {
            case '十', '拾' -> 10;
            case '百', '佰' -> 100;
            case '千', '仟' -> 1000;
            default -> 0;
        };
    }

    /** True when {@code c} may be part of a Chinese numeral. */
    public static boolean isNumeralChar(char c) {
        return digit(c) >= 0 || smallUnit(c) > 0 || c == '万' || c == '萬' || c == '亿';
    }

    /**
     * Value of a Chinese integer numeral (壹万贰仟伍佰, 一千零五, 十二, 二〇二四 read digit by digit when it has no
     * unit), or null when it is not one.
     */
    public static BigDecimal parseChinese(String s) {
        if (s == null || s.isEmpty()) {
            return null;
        }
        boolean hasUnit = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isNumeralChar(c)) {
                return null;
            }
            if (digit(c) < 0) {
                hasUnit = true;
            }
        }
        if (!hasUnit) {
            return new BigDecimal(digitsOf(s));
        }
        long total = 0;
        long section = 0;
        long number = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = digit(c);
            if (d >= 0) {
                number = d;
                continue;
            }
            int u = smallUnit(c);
            if (u > 0) {
                section += (number < 0 ? 1 : number) * u;
                number = -1;
            } else if (c == '万' || c == '萬') {
                section += Math.max(number, 0);
                total += section * 10_000L;
                section = 0;
                number = -1;
            } else if (c == '亿') {
                section += Math.max(number, 0);
                total = (total + section) * 100_000_000L;
                section = 0;
                number = -1;
            }
        }
        return BigDecimal.valueOf(total + section + Math.max(number, 0));
    }

    private static String digitsOf(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            b.append((char) ('0' + digit(s.charAt(i))));
        }
        return b.toString();
    }

    /** Value of a number in Arabic or Chinese digits (12, １２, 1,200.5, 二〇二四, 二十一), or null. */
    public static BigDecimal parse(String s) {
        if (s == null || s.isEmpty()) {
            return null;
        }
        String a = toAscii(s).replace(",", "").replace("，", "");
        if (a.matches("\\d+(\\.\\d+)?")) {
            return new BigDecimal(a);
        }
        return parseChinese(s);
    }

    static String toAscii(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '０' && c <= '９') {
                c = (char) (c - '０' + '0');
            } else if (c == '．') {
                c = '.';
            }
            b.append(c);
        }
        return b.toString();
    }
}
