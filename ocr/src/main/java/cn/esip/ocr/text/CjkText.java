package cn.esip.ocr.text;

import java.text.Normalizer;

/** Text clean-up for Chinese OCR output: drops the spaces Tesseract puts between CJK characters. */
public final class CjkText {

    private CjkText() {
    }

    /** True for Han characters, CJK and full-width punctuation. */
    public static boolean isCjk(int cp) {
        Character.UnicodeBlock b = Character.UnicodeBlock.of(cp);
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
                || b == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || b == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || b == Character.UnicodeBlock.GENERAL_PUNCTUATION && (cp == 0x2014 || cp == 0x2026 || cp == 0x201C || cp == 0x201D);
    }

    /**
     * Trims the line, collapses runs of white space, and removes white space that touches a CJK
     * character on either side (Latin words keep their single spaces).
     */
    public static String normalizeSpaces(String s) {
        String t = s.strip().replaceAll("\\s+", " ");
        StringBuilder sb = new StringBuilder(t.length());
        int[] cps = t.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            int c = cps[i];
            if (c == ' ' && i > 0 && i + 1 < cps.length && (isCjk(cps[i - 1]) || isCjk(cps[i + 1]))) {
                continue;
            }
            sb.appendCodePoint(c);
        }
        return sb.toString();
    }

    /**
     * Repairs a frequent Tesseract confusion of Chinese text: a full-width opening parenthesis read as
     * an angle bracket 〈 (or a closing one as 〉) where the line pairs it with a parenthesis.
     */
    public static String repairBrackets(String s) {
        if (s.indexOf('〈') < 0 && s.indexOf('〉') < 0) {
            return s;
        }
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) {
            if (c[i] == '〈') {
                for (int j = i + 1; j < c.length && j < i + 20; j++) {
                    if (c[j] == '〉' || c[j] == '〈' || c[j] == '（' || c[j] == '(') {
                        break;
                    }
                    if (c[j] == '）' || c[j] == ')') {
                        c[i] = '（';
                        break;
                    }
                }
            } else if (c[i] == '〉') {
                for (int j = i - 1; j >= 0 && j > i - 20; j--) {
                    if (c[j] == '〈' || c[j] == '〉' || c[j] == '）' || c[j] == ')') {
                        break;
                    }
                    if (c[j] == '（' || c[j] == '(') {
                        c[i] = '）';
                        break;
                    }
                }
            }
        }
        return new String(c);
    }

    /**
     * Puts back the full-width punctuation of Chinese text that Tesseract reads as half-width: {@code : ; , ? !}
     * touching a Han character become {@code ：；，？！}, and a pair of parentheses becomes {@code （）} when either of
     * them touches a Han character or the pair encloses one. Punctuation between digits or Latin letters (10:30,
     * 1,000, (a)) stays as it is.
     */
    public static String restorePunctuation(String s) {
        if (s.isEmpty()) {
            return s;
        }
        int[] c = s.codePoints().toArray();
        for (int i = 0; i < c.length; i++) {
            int full = switch (c[i]) {
                case ':' -> '：';
                case ';' -> '；';
                case ',' -> '，';
                case '?' -> '？';
                case '!' -> '！';
                default -> 0;
            };
            if (full != 0 && (han(c, i - 1) || han(c, i + 1))) {
                c[i] = full;
            }
        }
        java.util.ArrayDeque<Integer> open = new java.util.ArrayDeque<>();
        for (int i = 0; i < c.length; i++) {
            if (c[i] == '(' || c[i] == '（') {
                open.push(i);
            } else if ((c[i] == ')' || c[i] == '）') && !open.isEmpty()) {
                int o = open.pop();
                boolean inside = false;
                for (int k = o + 1; k < i && !inside; k++) {
                    inside = han(c, k);
                }
                if (inside || han(c, o - 1) || han(c, o + 1) || han(c, i - 1) || han(c, i + 1)) {
                    c[o] = '（';
                    c[i] = '）';
                }
            }
        }
        return new String(c, 0, c.length);
    }

    private static boolean han(int[] c, int i) {
        return i >= 0 && i < c.length && Character.UnicodeScript.of(c[i]) == Character.UnicodeScript.HAN;
    }

    /** The comparison form used for character error rates: NFKC, all white space removed. */
    public static String comparable(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    }

    /** Character error rate: edit distance over code points of the comparable forms, divided by the reference length. */
    public static double cer(String reference, String hypothesis) {
        int[] r = comparable(reference).codePoints().toArray();
        int[] h = comparable(hypothesis).codePoints().toArray();
        if (r.length == 0) {
            return h.length == 0 ? 0 : 1;
        }
        return (double) editDistance(r, h) / r.length;
    }

    /** Levenshtein distance over code points (two rows). */
    public static int editDistance(int[] a, int[] b) {
        int[] prev = new int[b.length + 1], cur = new int[b.length + 1];
        for (int j = 0; j <= b.length; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length; i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length; j++) {
                int sub = prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length];
    }
}
