package cn.esip.kg.cases;

import cn.esip.kg.code.ProvisionCode;
import cn.esip.nlp.encode.TextEmbedder;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds the typical cases like the facts of a case (典型案例推荐): by the similarity of their vectors (headline and
 * facts), raised for every article the case cites among the provisions recommended for the facts.
 */
public final class SimilarCases {

    /** A case found, with its score and the recommended provisions it also cites. */
    public record SimilarCase(TypicalCase typicalCase, double score, List<String> sharedProvisions) {
    }

    /** Cosine similarity a case needs when it shares no provision. */
    static final double MIN_SIMILARITY = 0.55;
    /** What each shared provision adds to the score. */
    static final double PER_SHARED = 0.1;

    private final List<TypicalCase> cases;
    private final TextEmbedder embedder;
    private volatile List<float[]> vectors;

    public SimilarCases(List<TypicalCase> cases, TextEmbedder embedder) {
        this.cases = List.copyOf(cases);
        this.embedder = embedder;
    }

    /** Number of cases held. */
    public int size() {
        return cases.size();
    }

    /** Up to {@code top} cases like {@code facts}; {@code provisions} are the article codes recommended for them. */
    public List<SimilarCase> find(String facts, Set<String> provisions, int top) {
        if (cases.isEmpty()) {
            return List.of();
        }
        List<float[]> vs = vectors();
        float[] q = embedder.embedQuery(facts);
        Set<String> wanted = provisions.stream().map(SimilarCases::article).collect(Collectors.toSet());
        List<SimilarCase> out = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            TypicalCase c = cases.get(i);
            double cos = 0;
            for (int d = 0; d < q.length; d++) {
                cos += q[d] * vs.get(i)[d];
            }
            List<String> shared = c.cites().stream().filter(code -> wanted.contains(article(code))).toList();
            if (shared.isEmpty() && cos < MIN_SIMILARITY) {
                continue;
            }
            out.add(new SimilarCase(c, Math.round((cos + PER_SHARED * shared.size()) * 1000) / 1000.0, shared));
        }
        out.sort(Comparator.comparingDouble(SimilarCase::score).reversed());
        return out.subList(0, Math.min(top, out.size()));
    }

    private List<float[]> vectors() {
        List<float[]> v = vectors;
        if (v == null) {
            synchronized (this) {
                if (vectors == null) {
                    vectors = embedder.embedPassages(cases.stream().map(c -> c.headline() + "\n" + c.facts()).toList());
                }
                v = vectors;
            }
        }
        return v;
    }

    private static String article(String code) {
        try {
            return ProvisionCode.parse(code).articleCode().toString();
        } catch (RuntimeException e) {
            return code;
        }
    }
}
