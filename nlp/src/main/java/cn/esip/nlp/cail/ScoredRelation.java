package cn.esip.nlp.cail;

/** A relation between two found entity mentions, with a confidence (softmax of the classifier's scores). */
public record ScoredRelation(ScoredSpan head, ScoredSpan tail, String label, double confidence) {

    public CailRelation toRelation() {
        return new CailRelation(head.start(), head.text(), tail.start(), tail.text(), label);
    }
}
