package cn.esip.speech.asr;

import java.text.Normalizer;

/** Character error rate for Chinese transcripts: edit distance over characters, ignoring punctuation and spaces. */
public final class Cer {

    private Cer() {
    }

    /** NFKC, lower case, letters and digits only. */
    public static String normalize(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(java.util.Locale.ROOT);
        StringBuilder sb = new StringBuilder();
        n.codePoints().filter(Character::isLetterOrDigit).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    /** Levenshtein distance between two strings (by UTF-16 unit; Chinese text is in the BMP). */
    public static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** Errors divided by reference length, after {@link #normalize}. */
    public static double rate(String reference, String hypothesis) {
        String r = normalize(reference);
        return r.isEmpty() ? 0 : distance(r, normalize(hypothesis)) / (double) r.length();
    }
}
