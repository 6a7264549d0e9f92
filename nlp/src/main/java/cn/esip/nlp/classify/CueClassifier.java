package cn.esip.nlp.classify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A transparent scorer over hand-written cues: each class has weighted phrases; a phrase found in the title
 * (the first lines) counts {@code titleBoost} times. Class scores are the summed weights, turned into
 * probabilities with a softmax; "other" has a fixed score, so a text with little evidence comes out as other.
 * Written by hand, not trained: there is no labelled data for these classes.
 */
public class CueClassifier implements TextClassifier {

    /** The label given when no class has enough evidence. */
    public static final String OTHER = "other";

    private final Map<String, Map<String, Double>> cues;
    private final double otherScore;
    private final double titleBoost;
    private final int titleChars;
    private final String method;

    protected CueClassifier(Map<String, Map<String, Double>> cues, double otherScore, double titleBoost,
                            int titleChars, String method) {
        this.cues = cues;
        this.otherScore = otherScore;
        this.titleBoost = titleBoost;
        this.titleChars = titleChars;
        this.method = method;
    }

    /**
     * A classifier from a cue table on the class path (JSON: otherScore, titleBoost, titleChars and
     * classes → phrase → weight); the tables are data, versioned with the code and registered in the model
     * catalog with their checksum.
     */
    protected CueClassifier(String resource, String method) {
        this(Table.load(resource), method);
    }

    private CueClassifier(Table t, String method) {
        this(t.classes, t.otherScore, t.titleBoost, t.titleChars, method);
    }

    private record Table(Map<String, Map<String, Double>> classes, double otherScore, double titleBoost, int titleChars) {
        static Table load(String resource) {
            try (java.io.InputStream in = CueClassifier.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("cue table " + resource + " is missing from the class path");
                }
                com.fasterxml.jackson.databind.JsonNode n = new com.fasterxml.jackson.databind.ObjectMapper().readTree(in);
                Map<String, Map<String, Double>> classes = new LinkedHashMap<>();
                n.path("classes").fields().forEachRemaining(c -> {
                    Map<String, Double> w = new LinkedHashMap<>();
                    c.getValue().fields().forEachRemaining(e -> w.put(e.getKey(), e.getValue().asDouble()));
                    classes.put(c.getKey(), w);
                });
                if (classes.isEmpty()) {
                    throw new IllegalStateException("cue table " + resource + " has no classes");
                }
                return new Table(classes, n.path("otherScore").asDouble(), n.path("titleBoost").asDouble(1),
                        n.path("titleChars").asInt(40));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("cannot read cue table " + resource + ": " + e.getMessage(), e);
            }
        }
    }

    /** Raw evidence per class for {@code text}, with the cues that fired added to {@code evidence}. */
    protected Map<String, Double> evidence(String text, List<String> evidence) {
        String title = text.substring(0, Math.min(text.length(), titleChars));
        Map<String, Double> raw = new LinkedHashMap<>();
        for (Map.Entry<String, Map<String, Double>> c : cues.entrySet()) {
            double s = 0;
            for (Map.Entry<String, Double> cue : c.getValue().entrySet()) {
                int n = count(text, cue.getKey());
                if (n > 0) {
                    double w = cue.getValue() * (1 + Math.log(n));
                    if (title.contains(cue.getKey())) {
                        w *= titleBoost;
                    }
                    s += w;
                    evidence.add(c.getKey() + ":" + cue.getKey());
                }
            }
            raw.put(c.getKey(), s);
        }
        return raw;
    }

    @Override
    public Classification classify(String text) {
        String t = text == null ? "" : text;
        List<String> ev = new ArrayList<>();
        Map<String, Double> raw = evidence(t, ev);
        raw.put(OTHER, otherScore);
        double max = raw.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        Map<String, Double> p = new LinkedHashMap<>();
        double z = 0;
        for (Map.Entry<String, Double> e : raw.entrySet()) {
            double v = Math.exp(e.getValue() - max);
            p.put(e.getKey(), v);
            z += v;
        }
        String best = OTHER;
        double bestP = -1;
        for (Map.Entry<String, Double> e : p.entrySet()) {
            double v = Math.round(e.getValue() / z * 10000) / 10000.0;
            e.setValue(v);
            if (v > bestP) {
                bestP = v;
                best = e.getKey();
            }
        }
        return new Classification(best, bestP, p, ev, method);
    }

    private static int count(String text, String cue) {
        int n = 0;
        int i = text.indexOf(cue);
        while (i >= 0 && n < 20) {
            n++;
            i = text.indexOf(cue, i + cue.length());
        }
        return n;
    }
}
