package cn.esip.nlp.learn;

import java.util.ArrayList;
import java.util.List;

/** The BIOES tag set over a list of span labels, with the transitions it allows and span decoding. */
public final class BioesScheme {

    /** A decoded span: [start, end) and its label. */
    public record Span(int start, int end, String label) {
    }

    private BioesScheme() {
    }

    /** Which tags of a tag set may start a sequence, end one, and follow which (indices as in the set). */
    record Constraints(boolean[][] allowed, boolean[] start, boolean[] end) {

        static Constraints of(String[] tags) {
            int n = tags.length;
            boolean[][] allowed = new boolean[n][n];
            boolean[] start = new boolean[n];
            boolean[] end = new boolean[n];
            for (int c = 0; c < n; c++) {
                start[c] = BioesScheme.allowed(null, tags[c]);
                end[c] = canEnd(tags[c]);
                for (int p = 0; p < n; p++) {
                    allowed[p][c] = BioesScheme.allowed(tags[p], tags[c]);
                }
            }
            return new Constraints(allowed, start, end);
        }
    }

    /** Tags O, then B-, I-, E-, S- for each label. */
    public static String[] tags(List<String> labels) {
        List<String> t = new ArrayList<>();
        t.add("O");
        for (String l : labels) {
            t.add("B-" + l);
            t.add("I-" + l);
            t.add("E-" + l);
            t.add("S-" + l);
        }
        return t.toArray(String[]::new);
    }

    /** Encodes spans (non-overlapping; later overlapping ones are dropped) as tags over {@code length} chars. */
    public static String[] encode(int length, List<Span> spans) {
        String[] out = new String[length];
        java.util.Arrays.fill(out, "O");
        for (Span s : spans) {
            boolean free = true;
            for (int i = s.start(); i < s.end(); i++) {
                if (!out[i].equals("O")) {
                    free = false;
                    break;
                }
            }
            if (!free) {
                continue;
            }
            if (s.end() - s.start() == 1) {
                out[s.start()] = "S-" + s.label();
            } else {
                out[s.start()] = "B-" + s.label();
                for (int i = s.start() + 1; i < s.end() - 1; i++) {
                    out[i] = "I-" + s.label();
                }
                out[s.end() - 1] = "E-" + s.label();
            }
        }
        return out;
    }

    /** Decodes tags into spans; a malformed run (never produced by constrained decoding) is closed where it breaks. */
    public static List<Span> decode(String[] tags) {
        List<Span> out = new ArrayList<>();
        int start = -1;
        String label = null;
        for (int i = 0; i < tags.length; i++) {
            String t = tags[i];
            char p = t.charAt(0);
            String l = t.length() > 2 ? t.substring(2) : null;
            if (p == 'S') {
                out.add(new Span(i, i + 1, l));
                start = -1;
            } else if (p == 'B') {
                start = i;
                label = l;
            } else if (p == 'I') {
                if (start < 0 || !l.equals(label)) {
                    start = -1;
                }
            } else if (p == 'E') {
                if (start >= 0 && l.equals(label)) {
                    out.add(new Span(start, i + 1, l));
                }
                start = -1;
            } else {
                start = -1;
            }
        }
        return out;
    }

    /** Whether tag {@code cur} may follow tag {@code prev} (null prev = sentence start). */
    public static boolean allowed(String prev, String cur) {
        char c = cur.charAt(0);
        boolean continues = c == 'I' || c == 'E';
        if (prev == null) {
            return !continues;
        }
        char p = prev.charAt(0);
        boolean open = p == 'B' || p == 'I';
        if (open) {
            return continues && prev.substring(2).equals(cur.substring(2));
        }
        return !continues;
    }

    /** Whether a sentence may end on {@code tag}. */
    public static boolean canEnd(String tag) {
        char p = tag.charAt(0);
        return p != 'B' && p != 'I';
    }
}
