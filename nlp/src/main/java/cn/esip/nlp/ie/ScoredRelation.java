package cn.esip.nlp.ie;

/** A relation between two found entity mentions, with a confidence (softmax of the classifier's scores). */
public record ScoredRelation(ScoredSpan head, ScoredSpan tail, String label, double confidence) {

    public LabelledRelation toRelation() {
        return new LabelledRelation(head.start(), head.text(), tail.start(), tail.text(), label);
    }
}
