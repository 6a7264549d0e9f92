package cn.esip.nlp.ie;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Exact-match precision, recall and F1 of entities (start, end, label) and relation triplets (NA ignored), per label and overall. */
public final class ExtractionScorer {

    /** Counts and scores of one label (or "ALL" for the micro average). */
    public record Score(String label, int gold, int predicted, int correct) {
        public double precision() {
            return predicted == 0 ? 0 : (double) correct / predicted;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) correct / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public Map<String, Object> toMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("gold", gold);
            m.put("predicted", predicted);
            m.put("correct", correct);
            m.put("precision", round(precision()));
            m.put("recall", round(recall()));
            m.put("f1", round(f1()));
            return m;
        }
    }

    /** The label under which the micro average is reported. */
    public static final String ALL = "ALL";

    private final Map<String, int[]> entity = new TreeMap<>();
    private final Map<String, int[]> relation = new TreeMap<>();

    /** Adds one sentence: gold and predicted lines for the same text. */
    public void add(LabelledSentence gold, LabelledSentence predicted) {
        count(entity, entityKeys(gold), entityKeys(predicted));
        count(relation, relationKeys(gold), relationKeys(predicted));
    }

    private static Set<List<Object>> entityKeys(LabelledSentence s) {
        Set<List<Object>> out = new HashSet<>();
        for (LabelledSpan e : s.entities()) {
            out.add(List.of(e.start(), e.end(), e.label()));
        }
        return out;
    }

    private static Set<List<Object>> relationKeys(LabelledSentence s) {
        Set<List<Object>> out = new HashSet<>();
        for (LabelledRelation r : s.relations()) {
            if (!r.label().equals(LabelledRelation.NONE)) {
                out.add(List.of(r.headStart(), r.headText(), r.tailStart(), r.tailText(), r.label()));
            }
        }
        return out;
    }

    private static void count(Map<String, int[]> table, Set<List<Object>> gold, Set<List<Object>> pred) {
        for (List<Object> g : gold) {
            cell(table, label(g))[0]++;
        }
        for (List<Object> p : pred) {
            cell(table, label(p))[1]++;
            if (gold.contains(p)) {
                cell(table, label(p))[2]++;
            }
        }
    }

    private static String label(List<Object> key) {
        return (String) key.get(key.size() - 1);
    }

    private static int[] cell(Map<String, int[]> table, String label) {
        return table.computeIfAbsent(label, k -> new int[3]);
    }

    public List<Score> entityScores() {
        return scores(entity);
    }

    public List<Score> relationScores() {
        return scores(relation);
    }

    /** Micro-averaged entity score. */
    public Score entityOverall() {
        return total(entity);
    }

    /** Micro-averaged triplet score. */
    public Score relationOverall() {
        return total(relation);
    }

    private static List<Score> scores(Map<String, int[]> table) {
        List<Score> out = new ArrayList<>();
        for (Map.Entry<String, int[]> e : table.entrySet()) {
            out.add(new Score(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2]));
        }
        out.add(total(table));
        return out;
    }

    private static Score total(Map<String, int[]> table) {
        int g = 0;
        int p = 0;
        int c = 0;
        for (int[] v : table.values()) {
            g += v[0];
            p += v[1];
            c += v[2];
        }
        return new Score(ALL, g, p, c);
    }

    /** Scores as nested maps (label → counts and P/R/F1), for descriptors and JSON reports. */
    public static Map<String, Object> toMap(List<Score> scores) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (Score s : scores) {
            m.put(s.label(), s.toMap());
        }
        return m;
    }

    static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }
}
