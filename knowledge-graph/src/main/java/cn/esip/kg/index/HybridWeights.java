package cn.esip.kg.index;

import java.util.Locale;

/**
 * The constants of hybrid ranking, chosen on the development queries (BENCHMARKS.md, "Law-basis search").
 *
 * @param rrfK         reciprocal-rank-fusion constant: a hit at rank r of either ranking adds 1/(k + r)
 * @param dense        weight of the vector ranking against BM25's 1
 * @param follow       share of an obligation's fused score passed to the penalty articles that cite it
 * @param local        weight of local regulations and rules when no region is asked for
 * @param factsPenalty extra weight of penalty articles for a query that names conduct or describes facts (not a question)
 */
public record HybridWeights(int rrfK, float dense, float follow, float local, float factsPenalty) {

    /** The weights search uses. */
    public static final HybridWeights DEFAULT = new HybridWeights(60, 1f, 0.6f, 0.3f, 2.5f);

    /**
     * {@code spec} ("follow=0.5,local=1") over the defaults; unknown names and bad numbers are errors.
     *
     * @throws IllegalArgumentException when the spec is malformed
     */
    public static HybridWeights parse(String spec) {
        HybridWeights w = DEFAULT;
        if (spec == null || spec.isBlank()) {
            return w;
        }
        for (String part : spec.split(",")) {
            String[] kv = part.split("=", 2);
            if (kv.length != 2) {
                throw new IllegalArgumentException("weights are name=value pairs: " + part);
            }
            float v;
            try {
                v = Float.parseFloat(kv[1].strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a number: " + part);
            }
            w = switch (kv[0].strip().toLowerCase(Locale.ROOT)) {
                case "rrfk" -> new HybridWeights((int) v, w.dense, w.follow, w.local, w.factsPenalty);
                case "dense" -> new HybridWeights(w.rrfK, v, w.follow, w.local, w.factsPenalty);
                case "follow" -> new HybridWeights(w.rrfK, w.dense, v, w.local, w.factsPenalty);
                case "local" -> new HybridWeights(w.rrfK, w.dense, w.follow, v, w.factsPenalty);
                case "factspenalty" -> new HybridWeights(w.rrfK, w.dense, w.follow, w.local, v);
                default -> throw new IllegalArgumentException("unknown weight " + kv[0] + " (rrfK, dense, follow, local, factsPenalty)");
            };
        }
        return w;
    }
}
