package cn.esip.nlp.ie;

import cn.esip.nlp.learn.SparseWeights;

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

    /** Features of every position of {@code text}, by name (for training, and wherever names are wanted). */
    public List<List<String>> extract(String text) {
        String t = normalizeText(text);
        List<List<String>> out = new ArrayList<>(t.length());
        emit(t, new NamedRow(cue(t), out));
        return out;
    }

    /**
     * The same features as {@link #extract}, each given as {@code SparseWeights.hash(name, seed)} without the name
     * being built as a string: for the taggers at run time, where building some 8,000 strings a sentence was a fifth
     * of the work.
     */
    public long[][] extractHashes(String text, long seed) {
        String t = normalizeText(text);
        long[][] out = new long[t.length()][];
        emit(t, new HashedRow(cue(t), seed, out));
        return out;
    }

    /** The prefix of the offence-cue conjunctions for normalised text {@code t}, or null without them. */
    private String cue(String t) {
        return template.offence() ? "o" + OffenceCue.of(t).code() + "|" : null;
    }

    /** Builds the features of each position of normalised text {@code t} into {@code f}. */
    private void emit(String t, Row f) {
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
        for (int i = 0; i < n; i++) {
            f.begin(i);
            characters(t, i, f);
            if (template.classes()) {
                classes(t, i, cls, f);
            }
            if (lex != null) {
                f.name("lx:").ch(lex[i]).add();
                f.name("lxw:").ch(at(lex, i - 1)).ch(lex[i]).ch(at(lex, i + 1)).add();
                f.name("lxc:").ch(lex[i]).ch(at(t, i)).add();
            }
            if (wpos != null) {
                words(t, i, wpos, wtext, f);
            }
            f.end();
        }
    }

    /*
     * The feature groups of one position are separate methods so that the JIT compiles each on its own: as one
     * loop body they made a method that the C2 compiler compiled again and again while extraction warmed up.
     */

    /** The characters around position {@code i}, their bigrams and the trigram centred on it. */
    private void characters(String t, int i, Row f) {
        f.name("b").both();
        for (int k = -3; k <= 3; k++) {
            f.name("c").num(k).ch(':').ch(at(t, i + k)).add(k >= -1 && k <= 2);
        }
        f.name("c-1c1:").ch(at(t, i - 1)).ch(at(t, i + 1)).add();
        if (template.bigrams()) {
            for (int k = -2; k <= 1; k++) {
                f.name("bi").num(k).ch(':').ch(at(t, i + k)).ch(at(t, i + k + 1)).add(k >= -1);
            }
            f.name("tri:").ch(at(t, i - 1)).ch(at(t, i)).ch(at(t, i + 1)).both();
        }
    }

    /** Character classes around position {@code i}, the shape of its run, place suffixes and digit runs. */
    private static void classes(String t, int i, char[] cls, Row f) {
        for (int k = -2; k <= 2; k++) {
            f.name("k").num(k).ch(':').ch(cls(cls, i + k)).add();
        }
        f.name("kw:").ch(cls(cls, i - 2)).ch(cls(cls, i - 1)).ch(cls(cls, i)).ch(cls(cls, i + 1))
                .ch(cls(cls, i + 2)).add();
        f.name("kc:").ch(cls(cls, i - 1)).ch(at(t, i)).ch(cls(cls, i + 1)).both();
        f.name("run:");
        runShape(cls, i, f);
        f.add();
        // a place-suffix character and what follows it (where an address stops); the length of the
        // number just before (house numbers, 时 after an hour)
        f.name("ps:").bool(PLACE_SUFFIX.indexOf(at(t, i)) >= 0).ch(':').ch(at(t, i + 1)).ch(':')
                .ch(cls(cls, i + 1)).both();
        f.name("dn:").num(digitRunBefore(cls, i)).ch(':').ch(at(t, i)).both();
    }

    /** The HanLP word that covers position {@code i}: its part of speech, text and neighbours. */
    private static void words(String t, int i, String[] wpos, String[] wtext, Row f) {
        int n = wpos.length;
        String w = wpos[i] == null ? "-" : wpos[i];
        f.name("w:").str(w).both();
        f.name("wt:").ch(w.charAt(0)).str(wtext[i] == null ? "-" : wtext[i]).both();
        f.name("wc:").ch(w.charAt(0)).ch(at(t, i)).both();
        f.name("wn:").str(i > 0 && wpos[i - 1] != null ? wpos[i - 1] : "^").str(w)
                .str(i + 1 < n && wpos[i + 1] != null ? wpos[i + 1] : "$").add();
    }

    /**
     * One position's features, built one name at a time in a reused buffer ({@link #name}, then the parts, then
     * {@link #add} or {@link #both}); after them, a copy conjoined with the offence cue (the cue's text before
     * the name) of each one added with {@link #both}, in the same order.
     */
    private abstract static class Row {
        final StringBuilder name = new StringBuilder(32);
        final String cue;

        Row(String cue) {
            this.cue = cue;
        }

        Row name(String prefix) {
            name.setLength(0);
            name.append(prefix);
            return this;
        }

        Row ch(char c) {
            name.append(c);
            return this;
        }

        Row num(int k) {
            name.append(k);
            return this;
        }

        Row bool(boolean b) {
            name.append(b);
            return this;
        }

        Row str(String s) {
            name.append(s);
            return this;
        }

        void add() {
            add(false);
        }

        /** Adds the feature, and its conjunction with the cue when there is one. */
        void both() {
            add(true);
        }

        /** Starts position {@code i}. */
        abstract void begin(int i);

        /** Adds the feature built so far; {@code conjoin}: its conjunction with the cue too, when there is one. */
        abstract void add(boolean conjoin);

        /** Ends the position: the conjoined copies follow the plain features. */
        abstract void end();
    }

    /** Collects the features as strings. */
    private static final class NamedRow extends Row {
        private final List<List<String>> out;
        private List<String> features;
        private final List<String> cued = new ArrayList<>(16);

        NamedRow(String cue, List<List<String>> out) {
            super(cue);
            this.out = out;
        }

        @Override
        void begin(int i) {
            features = new ArrayList<>(48);
            cued.clear();
        }

        @Override
        void add(boolean conjoin) {
            String f = name.toString();
            features.add(f);
            if (conjoin && cue != null) {
                cued.add(cue + f);
            }
        }

        @Override
        void end() {
            features.addAll(cued);
            out.add(features);
        }
    }

    /** Collects the features' hashes, streaming each name through the hash instead of building a string. */
    private static final class HashedRow extends Row {
        private final long[][] out;
        private final long seed;
        /** Hash state after the cue's text, from which a conjoined name continues. */
        private final long cueState;
        private long[] plain = new long[64];
        private long[] cued = new long[32];
        private int nPlain;
        private int nCued;
        private int position;

        HashedRow(String cue, long seed, long[][] out) {
            super(cue);
            this.out = out;
            this.seed = seed;
            this.cueState = cue == null ? 0 : SparseWeights.hashStep(SparseWeights.hashStart(seed), cue);
        }

        @Override
        void begin(int i) {
            position = i;
            nPlain = 0;
            nCued = 0;
        }

        @Override
        void add(boolean conjoin) {
            if (nPlain == plain.length) {
                plain = java.util.Arrays.copyOf(plain, 2 * nPlain);
            }
            plain[nPlain++] = SparseWeights.hash(name, seed);
            if (conjoin && cue != null) {
                if (nCued == cued.length) {
                    cued = java.util.Arrays.copyOf(cued, 2 * nCued);
                }
                cued[nCued++] = SparseWeights.hashEnd(SparseWeights.hashStep(cueState, name));
            }
        }

        @Override
        void end() {
            long[] row = java.util.Arrays.copyOf(plain, nPlain + nCued);
            System.arraycopy(cued, 0, row, nPlain, nCued);
            out[position] = row;
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

    /** Length buckets of the same-class runs left and right of position i, appended to {@code f}'s name. */
    private static void runShape(char[] c, int i, Row f) {
        int l = 0;
        while (i - l - 1 >= 0 && c[i - l - 1] == c[i] && l < 6) {
            l++;
        }
        int r = 0;
        while (i + r + 1 < c.length && c[i + r + 1] == c[i] && r < 6) {
            r++;
        }
        f.ch(c[i]).ch(':').num(l).ch(':').num(r);
    }
}
