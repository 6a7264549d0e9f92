package cn.esip.nlp.cail;

/** An entity mention found by a model, with a confidence in [0, 1] (mean tag marginal over the span). */
public record ScoredSpan(int start, int end, String label, String text, double confidence)
        implements RelationFeatures.CailSpanLike {

    public CailSpan toSpan() {
        return new CailSpan(start, end, label, text);
    }
}
