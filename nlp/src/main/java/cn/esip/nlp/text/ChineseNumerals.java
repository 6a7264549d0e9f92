package cn.esip.nlp.text;

/**
 * Chinese numerals both ways: 一百二十三 ↔ 123, with 〇/零, 两, 十一, 一千零五, 万, and Arabic or
 * full-width digits accepted on input.
 */
public final class ChineseNumerals {

    private static final String DIGITS = "零一二三四五六七八九";

    private ChineseNumerals() {
    }

    /** The value of a numeral such as 一百二十三, 十一, 两千, 一〇五, 124 or １２４; throws if it is not one. */
    public static int parse(CharSequence s) {
        int v = parseOrMinus(s, 0, s == null ? 0 : s.length());
        if (v < 0) {
            throw new IllegalArgumentException("not a number: " + s);
        }
        return v;
    }

    /** True when every character of {@code c} can appear in a numeral. */
    public static boolean isNumeralChar(char c) {
        return digitValue(c) >= 0 || unitValue(c) > 0 || (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
    }

    /** The value of {@code s[from, to)}, or -1 when it is not a well-formed numeral. */
    public static int parseOrMinus(CharSequence s, int from, int to) {
        if (s == null || from >= to) {
            return -1;
        }
        // Arabic (ASCII or full-width) digits
        boolean arabic = true;
        for (int i = from; i < to; i++) {
            if (asciiDigit(s.charAt(i)) < 0) {
                arabic = false;
                break;
            }
        }
        if (arabic) {
            if (to - from > 9) {
                return -1;
            }
            int v = 0;
            for (int i = from; i < to; i++) {
                v = v * 10 + asciiDigit(s.charAt(i));
            }
            return v;
        }
        // digit strings without units: 一〇五 → 105 (only when there is more than one digit)
        boolean plain = to - from > 1;
        for (int i = from; i < to && plain; i++) {
            if (digitValue(s.charAt(i)) < 0) {
                plain = false;
            }
        }
        if (plain) {
            int v = 0;
            for (int i = from; i < to; i++) {
                v = v * 10 + digitValue(s.charAt(i));
            }
            return v;
        }
        long total = 0;      // completed 万 groups
        int section = 0;     // value below 万
        int digit = -1;      // pending digit
        int lastUnit = 100000;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            int d = digitValue(c);
            if (d >= 0) {
                if (digit > 0) {
                    return -1; // two digits in a row without a unit
                }
                digit = d;
                continue;
            }
            int u = unitValue(c);
            if (u <= 0) {
                return -1;
            }
            if (u == 10000) {
                section += Math.max(digit, 0);
                if (section == 0) {
                    return -1;
                }
                total += (long) section * 10000;
                section = 0;
                digit = -1;
                lastUnit = 100000;
                continue;
            }
            if (u >= lastUnit) {
                return -1;
            }
            if (digit == 0) {
                return -1;
            }
            int mult = digit < 0 ? (u == 10 && i == from || u == 10 && s.charAt(i - 1) == '零' ? 1 : -1) : digit;
            if (digit < 0 && u == 10 && i > from && digitValue(s.charAt(i - 1)) < 0) {
                // 十 directly after 百/千 (一百十) is read as 一十
                mult = 1;
            }
            if (mult < 0) {
                return -1;
            }
            section += mult * u;
            lastUnit = u;
            digit = -1;
        }
        if (digit > 0) {
            section += digit;
        }
        long v = total + section;
        return v > Integer.MAX_VALUE || (v == 0 && !(to - from == 1 && digitValue(s.charAt(from)) == 0)) ? -1 : (int) v;
    }

    /** The Chinese numeral for {@code n} (0 ≤ n &lt; 100 000 000): 123 → 一百二十三, 10 → 十, 1005 → 一千零五. */
    public static String format(int n) {
        if (n < 0 || n >= 100_000_000) {
            throw new IllegalArgumentException("out of range: " + n);
        }
        if (n == 0) {
            return "零";
        }
        StringBuilder sb = new StringBuilder();
        int high = n / 10000;
        int low = n % 10000;
        if (high > 0) {
            sb.append(formatBelow10000(high, true)).append('万');
            if (low > 0) {
                if (low < 1000) {
                    sb.append('零');
                }
                sb.append(formatBelow10000(low, false));
            }
        } else {
            sb.append(formatBelow10000(low, true));
        }
        return sb.toString();
    }

    private static String formatBelow10000(int n, boolean leading) {
        StringBuilder sb = new StringBuilder();
        int[] units = {1000, 100, 10, 1};
        char[] names = {'千', '百', '十', 0};
        boolean zero = false;
        boolean started = false;
        for (int k = 0; k < 4; k++) {
            int d = (n / units[k]) % 10;
            if (d == 0) {
                if (started) {
                    zero = true;
                }
                continue;
            }
            if (zero) {
                sb.append('零');
                zero = false;
            }
            // 十 alone at the start: 十一, not 一十一
            if (!(k == 2 && d == 1 && !started && leading)) {
                sb.append(DIGITS.charAt(d));
            }
            if (names[k] != 0) {
                sb.append(names[k]);
            }
            started = true;
        }
        return sb.toString();
    }

    private static int asciiDigit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= '０' && c <= '９') {
            return c - '０';
        }
        return -1;
    }

    private static int digitValue(char c) {
        switch (c) {
            case '零': case '〇': case '○': case 'О': return 0;
            case '一': return 1;
            case '二': case '两': return 2;
            case '三': return 3;
            case '四': return 4;
            case '五': return 5;
            case '六': return 6;
            case '七': return 7;
            case '八': return 8;
            case '九': return 9;
            default: return -1;
        }
    }

    private static int unitValue(char c) {
        switch (c) {
            case '十': return 10;
            case '百': return 100;
            case '千': return 1000;
            case '万': return 10000;
            default: return -1;
        }
    }
}
