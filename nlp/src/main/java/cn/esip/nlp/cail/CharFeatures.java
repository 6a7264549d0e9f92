package cn.esip.nlp.cail;

import java.util.ArrayList;
import java.util.List;

/**
 * Character-level features of the CAIL entity tagger: characters and character bigrams in a window,
 * character classes (digit, Chinese numeral, 某, time and weight units …) and drug-lexicon coverage.
 */
public final class CharFeatures {

    /**
     * Which feature groups are used (for ablations in the benchmark); {@code offence}: the features that decide
     * where a span starts and stops (the character and its near neighbours, the bigrams and trigram around it, the
     * class and place-suffix shapes, the word features) are also conjoined with the sentence's {@link OffenceCue}.
     */
    public record Template(boolean bigrams, boolean classes, boolean lexicon, boolean words, boolean offence) {
        public static final Template FULL = new Template(true, true, true, true, true);

        /** A template without the offence conjunctions. */
        public Template(boolean bigrams, boolean classes, boolean lexicon, boolean words) {
            this(bigrams, classes, lexicon, words, false);
        }
    }

    private static final cn.esip.nlp.segment.Segmenter SEGMENTER = new cn.esip.nlp.segment.HanLpSegmenter(
            new cn.esip.nlp.segment.LegalDictionary(), true);

    private static final String CN_DIGITS = "〇零一二三四五六七八九十百千万亿两壹贰叁肆伍陆柒捌玖拾佰仟";
    private static final String TIME_UNITS = "年月日时分秒许晚早午夜凌晨";
    private static final String WEIGHT_UNITS = "克千公斤毫升粒颗包袋片支";
    private static final String PLACE_SUFFIX = "省市区县镇乡村路街道号楼室房栋店馆园场厂站";

    private final Lexicon lexicon;
    private final Template template;

    public CharFeatures(Lexicon lexicon, Template template) {
        this.lexicon = lexicon;
        this.template = template;
    }

    /** Full-width to half-width and lower case, one character for one (offsets are kept). */
    public static String normalizeText(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u3000') {
                c = ' ';
            } else if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0);
            }
            b.append(Character.toLowerCase(c));
        }
        return b.toString();
    }

    static char charClass(char c) {
        if (c >= '0' && c <= '9') {
            return 'D';
        }
        if (c == '.') {
            return '.';
        }
        if (c == '某') {
            return 'M';
        }
        if (CN_DIGITS.indexOf(c) >= 0) {
            return 'N';
        }
        if (TIME_UNITS.indexOf(c) >= 0) {
            return 'T';
        }
        if (WEIGHT_UNITS.indexOf(c) >= 0) {
            return 'W';
        }
        if (PLACE_SUFFIX.indexOf(c) >= 0) {
            return 'S';
        }
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
            return 'A';
        }
        if (Character.isIdeographic(c)) {
            return 'H';
        }
        if (Character.isWhitespace(c)) {
            return '_';
        }
        return 'P';
    }

    /** Features of every position of {@code text}. */
    public List<List<String>> extract(String text) {
        String t = normalizeText(text);
        int n = t.length();
        char[] cls = new char[n];
        for (int i = 0; i < n; i++) {
            cls[i] = charClass(t.charAt(i));
        }
        char[] lex = template.lexicon() && lexicon != null ? lexicon.cover(t) : null;
        String[] wpos = null;
        String[] wtext = null;
        if (template.words()) {
            wpos = new String[n];
            wtext = new String[n];
            for (cn.esip.nlp.segment.Token tok : SEGMENTER.segment(t)) {
                int len = tok.end() - tok.start();
                String pos = tok.pos().isEmpty() ? "x" : tok.pos().substring(0, Math.min(2, tok.pos().length()));
                for (int i = tok.start(); i < tok.end() && i < n; i++) {
                    char p = len == 1 ? 'S' : i == tok.start() ? 'B' : i == tok.end() - 1 ? 'E' : 'M';
                    wpos[i] = p + pos + Math.min(len, 5);
                    wtext[i] = len <= 4 ? tok.text() : "long";
                }
            }
        }
        String cue = template.offence() ? "o" + OffenceCue.of(t).code() + "|" : null;
        List<List<String>> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Row f = new Row(cue);
            f.both("b");
            for (int k = -3; k <= 3; k++) {
                f.add("c" + k + ":" + at(t, i + k), k >= -1 && k <= 2);
            }
            f.add("c-1c1:" + at(t, i - 1) + at(t, i + 1));
            if (template.bigrams()) {
                for (int k = -2; k <= 1; k++) {
                    f.add("bi" + k + ":" + at(t, i + k) + at(t, i + k + 1), k >= -1);
                }
                f.both("tri:" + at(t, i - 1) + at(t, i) + at(t, i + 1));
            }
            if (template.classes()) {
                for (int k = -2; k <= 2; k++) {
                    f.add("k" + k + ":" + cls(cls, i + k));
                }
                f.add("kw:" + cls(cls, i - 2) + cls(cls, i - 1) + cls(cls, i) + cls(cls, i + 1) + cls(cls, i + 2));
                f.both("kc:" + cls(cls, i - 1) + at(t, i) + cls(cls, i + 1));
                f.add("run:" + runShape(cls, i));
                // a place-suffix character and what follows it (where an address stops); the length of the
                // number just before (house numbers, 时 after an hour)
                f.both("ps:" + (PLACE_SUFFIX.indexOf(at(t, i)) >= 0) + ":" + at(t, i + 1) + ":" + cls(cls, i + 1));
                f.both("dn:" + digitRunBefore(cls, i) + ":" + at(t, i));
            }
            if (lex != null) {
                f.add("lx:" + lex[i]);
                f.add("lxw:" + at(lex, i - 1) + lex[i] + at(lex, i + 1));
                f.add("lxc:" + lex[i] + at(t, i));
            }
            if (wpos != null) {
                String w = wpos[i] == null ? "-" : wpos[i];
                f.both("w:" + w);
                f.both("wt:" + w.charAt(0) + (wtext[i] == null ? "-" : wtext[i]));
                f.both("wc:" + w.charAt(0) + at(t, i));
                f.add("wn:" + (i > 0 && wpos[i - 1] != null ? wpos[i - 1] : "^") + w
                        + (i + 1 < n && wpos[i + 1] != null ? wpos[i + 1] : "$"));
            }
            out.add(f.done());
        }
        return out;
    }

    /** One position's features, plus a copy, conjoined with the offence cue, of those added with {@link #both}. */
    private static final class Row {
        private final List<String> features = new ArrayList<>(48);
        private final String cue;
        private final List<String> cued;

        Row(String cue) {
            this.cue = cue;
            this.cued = cue == null ? null : new ArrayList<>(16);
        }

        void add(String feature) {
            features.add(feature);
        }

        /** Adds the feature, and its conjunction with the cue when there is one. */
        void both(String feature) {
            add(feature, true);
        }

        /** Adds the feature; {@code conjoin}: its conjunction with the cue too, when there is one. */
        void add(String feature, boolean conjoin) {
            features.add(feature);
            if (conjoin && cued != null) {
                cued.add(feature);
            }
        }

        List<String> done() {
            if (cued != null) {
                for (String c : cued) {
                    features.add(cue + c);
                }
            }
            return features;
        }
    }

    /** How many digits (Arabic or Chinese, at most 3) immediately precede position i. */
    private static int digitRunBefore(char[] c, int i) {
        int k = 0;
        while (i - k - 1 >= 0 && (c[i - k - 1] == 'D' || c[i - k - 1] == 'N') && k < 3) {
            k++;
        }
        return k;
    }

    private static char at(String t, int i) {
        return i < 0 ? '^' : i >= t.length() ? '$' : t.charAt(i);
    }

    private static char at(char[] t, int i) {
        return i < 0 ? '^' : i >= t.length ? '$' : t[i];
    }

    private static char cls(char[] c, int i) {
        return i < 0 ? '^' : i >= c.length ? '$' : c[i];
    }

    /** Length buckets of the same-class runs left and right of position i. */
    private static String runShape(char[] c, int i) {
        int l = 0;
        while (i - l - 1 >= 0 && c[i - l - 1] == c[i] && l < 6) {
            l++;
        }
        int r = 0;
        while (i + r + 1 < c.length && c[i + r + 1] == c[i] && r < 6) {
            r++;
        }
        return c[i] + ":" + l + ":" + r;
    }
}
