package cn.esip.nlp.ie;

/** An entity mention found by a model, with a confidence in [0, 1] (mean tag marginal over the span). */
public record ScoredSpan(int start, int end, String label, String text, double confidence)
        implements RelationFeatures.SpanLike {

    public LabelledSpan toSpan() {
        return new LabelledSpan(start, end, label, text);
    }
}
