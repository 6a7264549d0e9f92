package cn.esip.nlp.ie;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Features of an ordered entity pair for CAIL relation classification: label pair, order, distance,
 * entities and punctuation between, the text between (short) or its character bigrams, context characters,
 * trigger words (贩卖, 出售, 购买, 容留, 持有 …) between/around/in the sentence, and which mention of a
 * repeated name each side is.
 */
public final class RelationFeatures {

    /** Label pairs a CAIL relation can hold between (head label, tail label). */
    public static final Set<String> CANDIDATE_PAIRS = Set.of("Nh>Nh", "Nh>NDR");

    private static final List<String> TRIGGERS = List.of("贩卖", "出售", "卖给", "卖", "售", "购买", "购得", "买",
            "交易", "容留", "提供", "吸食", "注射", "持有", "藏匿", "查获", "缴获", "扣押", "收缴", "运输", "携带", "送",
            "交给", "给", "付", "元", "价格", "以", "向", "从", "处", "被", "家", "住处", "房间", "在", "共同", "一起",
            "并", "与", "和", "后", "再", "又", "介绍", "联系", "电话", "微信", "代购", "帮", "转交", "欠", "赊",
            "贩", "毒资", "支付", "抓获", "身上", "当场", "邀约", "邀请", "叫", "约", "到", "来到", "前往");

    private static final List<String> SENTENCE_TRIGGERS = List.of("贩卖", "出售", "卖给", "购买", "容留", "提供场所",
            "吸食", "持有", "非法持有", "运输", "介绍");

    private static final List<String> CLAUSE_WORDS = List.of("贩卖", "出售", "卖给", "购买", "容留", "持有", "查获",
            "检出", "含有", "成分", "吸食", "提供");

    private static final List<String> TAIL_SENTENCE_WORDS = List.of("鉴定", "检出", "检验", "成分", "查获", "缴获",
            "搜出", "身上", "贩卖", "出售", "购买", "吸食");

    private RelationFeatures() {
    }

    /** Whether a pair of these labels is a relation candidate. */
    public static boolean candidate(String headLabel, String tailLabel) {
        return CANDIDATE_PAIRS.contains(headLabel + ">" + tailLabel);
    }

    /** Where the trigger words occur in one sentence (computed once per sentence, used for all its pairs). */
    public static final class TriggerIndex {
        private final int[][] positions;
        private final boolean[] inSentence;

        public TriggerIndex(String text) {
            positions = new int[TRIGGERS.size()][];
            for (int k = 0; k < TRIGGERS.size(); k++) {
                String w = TRIGGERS.get(k);
                List<Integer> at = new ArrayList<>();
                for (int i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1)) {
                    at.add(i);
                }
                positions[k] = at.stream().mapToInt(Integer::intValue).toArray();
            }
            inSentence = new boolean[SENTENCE_TRIGGERS.size()];
            for (int k = 0; k < inSentence.length; k++) {
                inSentence[k] = text.contains(SENTENCE_TRIGGERS.get(k));
            }
        }

        /** Whether trigger k lies entirely inside [from, to). */
        boolean within(int k, int from, int to) {
            int len = TRIGGERS.get(k).length();
            for (int p : positions[k]) {
                if (p >= from && p + len <= to) {
                    return true;
                }
            }
            return false;
        }
    }

    public static List<String> extract(String text, List<? extends SpanLike> ents, int h, int t) {
        return extract(text, ents, h, t, new TriggerIndex(text));
    }

    public static List<String> extract(String text, List<? extends SpanLike> ents, int h, int t, TriggerIndex ix) {
        Pair p = Pair.of(text, ents, h, t);
        List<String> f = new ArrayList<>(96);
        shape(p, f);
        between(p, f);
        triggers(p, ix, f);
        context(p, f);
        roles(p, f);
        clauses(p, ix, f);
        return f;
    }

    /*
     * The feature groups below are separate methods so that the JIT compiles each on its own: as one method, with
     * some sixty string concatenations, it took the C2 compiler 1.4-3 s per compilation and was compiled five times
     * while extraction warmed up. The order of the features is the order of the calls above.
     */

    /** One candidate pair and what every feature group needs of it. */
    private record Pair(String text, List<? extends SpanLike> ents, int h, int t, SpanLike a, SpanLike b,
                        String ty, String dir, int gapStart, int gapEnd, String between, boolean defendant) {

        static Pair of(String text, List<? extends SpanLike> ents, int h, int t) {
            SpanLike a = ents.get(h);
            SpanLike b = ents.get(t);
            boolean forward = a.start() < b.start();
            SpanLike left = forward ? a : b;
            SpanLike right = forward ? b : a;
            int gapStart = Math.min(left.end(), right.start());
            int gapEnd = Math.max(left.end(), right.start());
            String hp3 = text.substring(Math.max(0, a.start() - 3), a.start());
            return new Pair(text, ents, h, t, a, b, a.label() + ">" + b.label(), forward ? "F" : "R", gapStart,
                    gapEnd, text.substring(gapStart, gapEnd), hp3.contains("被告人") || hp3.endsWith("告人"));
        }
    }

    /** Label pair, direction and distance. */
    private static void shape(Pair p, List<String> f) {
        f.add("ty:" + p.ty);
        f.add("tyd:" + p.ty + p.dir);
        f.add("dist:" + p.ty + p.dir + bucket(p.gapEnd - p.gapStart));
    }

    /** What lies between the two mentions: entities, punctuation, the text itself when short, its bigrams. */
    private static void between(Pair p, List<String> f) {
        int entsBetween = 0;
        int nhBetween = 0;
        int ndrBetween = 0;
        for (SpanLike e : p.ents) {
            if (e.start() >= p.gapStart && e.end() <= p.gapEnd) {
                entsBetween++;
                if (e.label().equals("Nh")) {
                    nhBetween++;
                } else if (e.label().equals("NDR")) {
                    ndrBetween++;
                }
            }
        }
        String tyd = p.ty + p.dir;
        f.add("eb:" + tyd + Math.min(entsBetween, 4));
        f.add("nhb:" + tyd + Math.min(nhBetween, 3));
        f.add("ndrb:" + tyd + Math.min(ndrBetween, 3));
        int commas = count(p.between, '，') + count(p.between, ',');
        int stops = count(p.between, '。') + count(p.between, '；') + count(p.between, ';');
        f.add("pb:" + tyd + Math.min(commas, 3) + ":" + Math.min(stops, 2));
        if (p.between.length() <= 6) {
            f.add("btw:" + tyd + p.between);
        }
        String bNorm = CharFeatures.normalizeText(p.between);
        for (int i = 0; i + 1 < bNorm.length() && i < 60; i++) {
            f.add("bbg:" + tyd + bNorm.substring(i, i + 2));
        }
    }

    /** Trigger words between the mentions, before the head, before the tail and after the tail. */
    private static void triggers(Pair p, TriggerIndex ix, List<String> f) {
        SpanLike a = p.a;
        SpanLike b = p.b;
        for (int k = 0; k < TRIGGERS.size(); k++) {
            if (ix.positions[k].length == 0) {
                continue;
            }
            String w = TRIGGERS.get(k);
            if (ix.within(k, p.gapStart, p.gapEnd)) {
                f.add("trb:" + p.ty + p.dir + w);
            }
            if (ix.within(k, Math.max(0, a.start() - 8), a.start())) {
                f.add("trh:" + p.ty + w);
            }
            if (ix.within(k, Math.max(0, b.start() - 8), b.start())) {
                f.add("trt:" + p.ty + w);
            }
            if (ix.within(k, b.end(), Math.min(p.text.length(), b.end() + 8))) {
                f.add("tra:" + p.ty + w);
            }
        }
    }

    /** The characters around each mention, and which mention of its name and label each side is. */
    private static void context(Pair p, List<String> f) {
        String text = p.text;
        String ty = p.ty;
        SpanLike a = p.a;
        SpanLike b = p.b;
        f.add("hp:" + ty + ctx(text, a.start() - 2, a.start()));
        f.add("hp1:" + ty + ctx(text, a.start() - 1, a.start()));
        f.add("hs:" + ty + ctx(text, a.end(), a.end() + 2));
        f.add("tp:" + ty + ctx(text, b.start() - 2, b.start()));
        f.add("tp1:" + ty + ctx(text, b.start() - 1, b.start()));
        f.add("ts:" + ty + ctx(text, b.end(), b.end() + 2));
        f.add("same:" + ty + a.text().equals(b.text()));
        f.add("hfirst:" + ty + isFirst(p.ents, p.h) + ":" + occurrences(p.ents, p.h));
        f.add("tfirst:" + ty + isFirst(p.ents, p.t) + ":" + occurrences(p.ents, p.t));
        f.add("tnear:" + ty + nearestSameText(p.ents, p.t, a.start()));
        f.add("hnear:" + ty + nearestSameText(p.ents, p.h, b.start()));
        f.add("hpos:" + ty + Math.min(indexOfLabel(p.ents, p.h), 3));
        f.add("tndr:" + ty + nearestOfLabel(p.ents, p.t, a.start()));
        if (b.label().equals("NDR")) {
            f.add("drug:" + b.text());
        }
    }

    /** Whether the head is a defendant and the first of its label, the tail in brackets or last of its label. */
    private static void roles(Pair p, List<String> f) {
        String ty = p.ty;
        SpanLike a = p.a;
        SpanLike b = p.b;
        List<? extends SpanLike> ents = p.ents;
        f.add("hdef:" + ty + p.dir + p.defendant);
        String tp1 = ctx(p.text, b.start() - 1, b.start());
        boolean paren = tp1.equals("（") || tp1.equals("(") || tp1.equals("“") || tp1.equals("\"");
        f.add("tparen:" + ty + paren + ":" + (p.t > 0 && ents.get(p.t - 1).label().equals(b.label())
                && ents.get(p.t - 1).end() >= b.start() - 2));
        f.add("hfirstLabel:" + ty + (indexOfLabel(ents, p.h) == 0) + ":" + p.defendant);
        f.add("tfirstLabel:" + ty + (indexOfLabel(ents, p.t) == 0));
        int sameLabelAfter = 0;
        int nhBeforeHead = 0;
        for (int i = 0; i < ents.size(); i++) {
            if (i > p.t && ents.get(i).label().equals(b.label()) && !ents.get(i).text().equals(b.text())) {
                sameLabelAfter++;
            }
            if (i < p.h && ents.get(i).label().equals("Nh") && !ents.get(i).text().equals(a.text())) {
                nhBeforeHead++;
            }
        }
        f.add("tlast:" + ty + Math.min(sameLabelAfter, 2));
        f.add("nhbh:" + ty + p.dir + Math.min(nhBeforeHead, 2) + ":" + p.defendant);
        f.add("tctx:" + ty + ctx(p.text, b.start() - 2, b.start()) + "|" + ctx(p.text, b.end(), b.end() + 2));
    }

    /** Words earlier in the tail's clause and sentence, and the sentence's trigger words. */
    private static void clauses(Pair p, TriggerIndex ix, List<String> f) {
        String text = p.text;
        String ty = p.ty;
        int tailStart = p.b.start();
        String clauseBeforeTail = text.substring(Math.max(0, text.lastIndexOf('，', tailStart - 1) + 1), tailStart);
        for (String w : CLAUSE_WORDS) {
            if (clauseBeforeTail.contains(w)) {
                f.add("tcl:" + ty + w);
            }
        }
        // words earlier in the tail's sentence (up to the last 。), with whether the head is the first person and
        // a 被告人: links the defendant to a drug named in a later 经鉴定…检出… clause
        boolean firstHead = indexOfLabel(p.ents, p.h) == 0;
        String sentenceBeforeTail = text.substring(Math.max(0, text.lastIndexOf('。', tailStart - 1) + 1), tailStart);
        for (String w : TAIL_SENTENCE_WORDS) {
            if (sentenceBeforeTail.contains(w)) {
                f.add("tsc:" + ty + w + ":" + firstHead + ":" + p.defendant);
            }
        }
        for (int k = 0; k < SENTENCE_TRIGGERS.size(); k++) {
            if (ix.inSentence[k]) {
                String w = SENTENCE_TRIGGERS.get(k);
                f.add("trs:" + ty + w + ":" + p.defendant);
                f.add("trsd:" + ty + p.dir + w + ":" + (p.between.contains(w)));
            }
        }
    }

    /**
     * Features of the pair (h, t) from a first-stage classifier's relations in the same sentence, for the second
     * stage: what the first stage said of this pair, and which other relations it found with h or t (or another
     * mention of the same name) as head or tail, each alone and with the first stage's label of this pair. A
     * person who sells to someone is likely the head of a traffic_in; a drug already linked to one head is less
     * likely linked to another.
     */
    public static List<String> stacked(List<? extends SpanLike> ents, int h, int t, List<LabelledRelation> firstStage) {
        SpanLike a = ents.get(h);
        SpanLike b = ents.get(t);
        String ty = a.label() + ">" + b.label();
        String self = LabelledRelation.NONE;
        Set<String> seen = new java.util.TreeSet<>();
        for (LabelledRelation r : firstStage) {
            if (r.headStart() == a.start() && r.tailStart() == b.start()) {
                self = r.label();
                continue;
            }
            markRole(seen, "hH", r.headStart(), r.headText(), a, r.label());
            markRole(seen, "hT", r.tailStart(), r.tailText(), a, r.label());
            markRole(seen, "tT", r.tailStart(), r.tailText(), b, r.label());
            if (r.headStart() == b.start()) {
                seen.add("tH:" + r.label());
            }
        }
        List<String> f = new ArrayList<>(2 * seen.size() + 2);
        f.add("st:self:" + ty + self);
        for (String x : seen) {
            f.add("st:" + ty + x);
            f.add("st:" + ty + self + "|" + x);
        }
        if (seen.isEmpty()) {
            f.add("st:" + ty + "none");
        }
        return f;
    }

    /**
     * Marks that a first-stage relation has mention {@code x} in one of its slots ({@code role}: the slot at
     * {@code start}, text {@code text}), or, failing that, another mention of the same name.
     */
    private static void markRole(Set<String> seen, String role, int start, String text, SpanLike x, String label) {
        if (start == x.start()) {
            seen.add(role + ":" + label);
        } else if (text.equals(x.text())) {
            seen.add(role + "name:" + label);
        }
    }

    /** A span with offsets, label and text; implemented by both gold and predicted mentions. */
    public interface SpanLike {
        int start();

        int end();

        String label();

        String text();
    }

    private static String bucket(int d) {
        if (d <= 0) {
            return "0";
        }
        if (d <= 2) {
            return "1-2";
        }
        if (d <= 5) {
            return "3-5";
        }
        if (d <= 10) {
            return "6-10";
        }
        if (d <= 20) {
            return "11-20";
        }
        if (d <= 40) {
            return "21-40";
        }
        if (d <= 80) {
            return "41-80";
        }
        return ">80";
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    private static String ctx(String text, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            b.append(i < 0 ? '^' : i >= text.length() ? '$' : text.charAt(i));
        }
        return b.toString();
    }

    private static boolean isFirst(List<? extends SpanLike> ents, int k) {
        for (int i = 0; i < k; i++) {
            if (ents.get(i).text().equals(ents.get(k).text())) {
                return false;
            }
        }
        return true;
    }

    private static int occurrences(List<? extends SpanLike> ents, int k) {
        int n = 0;
        for (SpanLike e : ents) {
            if (e.text().equals(ents.get(k).text())) {
                n++;
            }
        }
        return Math.min(n, 3);
    }

    /** Whether mention k is, among mentions with its text, the one nearest to position {@code pos}. */
    private static boolean nearestSameText(List<? extends SpanLike> ents, int k, int pos) {
        int d = Math.abs(ents.get(k).start() - pos);
        for (int i = 0; i < ents.size(); i++) {
            if (i != k && ents.get(i).text().equals(ents.get(k).text()) && Math.abs(ents.get(i).start() - pos) < d) {
                return false;
            }
        }
        return true;
    }

    /** Whether mention k is, among mentions with its label, the one nearest to position {@code pos}. */
    private static boolean nearestOfLabel(List<? extends SpanLike> ents, int k, int pos) {
        int d = Math.abs(ents.get(k).start() - pos);
        for (int i = 0; i < ents.size(); i++) {
            if (i != k && ents.get(i).label().equals(ents.get(k).label()) && Math.abs(ents.get(i).start() - pos) < d) {
                return false;
            }
        }
        return true;
    }

    private static int indexOfLabel(List<? extends SpanLike> ents, int k) {
        int n = 0;
        for (int i = 0; i < k; i++) {
            if (ents.get(i).label().equals(ents.get(k).label())) {
                n++;
            }
        }
        return n;
    }
}
