package cn.esip.kg.index;

import java.util.Comparator;
import java.util.List;

/**
 * Cuts a short passage out of an article around the first query word and marks every query word in it
 * with {@code <em>…</em>}. Works on the stored text with the analysed query words, so a snippet costs
 * microseconds and no re-analysis (Lucene's highlighters re-segment or walk postings per hit, which
 * dominated search latency here).
 */
final class SnippetMaker {

    /** Characters shown before the first match. */
    static final int LEAD = 30;
    /** Length of the passage, in characters. */
    static final int LENGTH = 160;

    private final List<String> words;

    /**
     * A snippet maker for the analysed (lower-cased) query words. Single characters (第, 条, 的) are marked
     * only when the query has nothing longer, since they occur everywhere.
     */
    SnippetMaker(List<String> words) {
        boolean longer = words.stream().anyMatch(w -> w.length() > 1);
        this.words = words.stream().filter(w -> !w.isEmpty() && (!longer || w.length() > 1)).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    /** The marked passage of {@code text}; its beginning when no word occurs. */
    String snippet(String text) {
        if (text == null) {
            return null;
        }
        String lower = asciiLower(text);
        int first = -1;
        for (String w : words) {
            int i = lower.indexOf(w);
            if (i >= 0 && (first < 0 || i < first)) {
                first = i;
            }
        }
        int from = first <= LEAD ? 0 : first - LEAD;
        int to = Math.min(text.length(), from + LENGTH);
        StringBuilder sb = new StringBuilder(LENGTH + 64);
        if (from > 0) {
            sb.append('…');
        }
        int i = from;
        while (i < to) {
            String hit = null;
            for (String w : words) {
                if (lower.startsWith(w, i)) {
                    hit = w;
                    break;
                }
            }
            if (hit != null) {
                int end = Math.min(text.length(), i + hit.length());
                sb.append("<em>").append(text, i, end).append("</em>");
                i = end;
            } else {
                sb.append(text.charAt(i));
                i++;
            }
        }
        if (i < text.length()) {
            sb.append('…');
        }
        return sb.toString();
    }

    /** Lower-cases ASCII and folds full-width ASCII to half width, keeping every offset. */
    private static String asciiLower(String s) {
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) {
            char ch = c[i];
            if (ch >= '\uFF01' && ch <= '\uFF5E') {
                ch = (char) (ch - 0xFEE0);
            }
            if (ch >= 'A' && ch <= 'Z') {
                ch = (char) (ch + 32);
            }
            c[i] = ch;
        }
        return new String(c);
    }
}
