package cn.esip.nlp.classify;

import java.util.List;
import java.util.Map;

/**
 * A classifier's answer: the chosen label, its score, the scores of all labels (summing to 1), the cues
 * that fired, and how the classifier was built.
 */
public record Classification(String label, double score, Map<String, Double> scores, List<String> evidence,
                             String method) {

    public Classification {
        scores = Map.copyOf(scores);
        evidence = List.copyOf(evidence);
    }
}
