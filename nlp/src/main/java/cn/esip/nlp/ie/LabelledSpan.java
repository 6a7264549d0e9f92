package cn.esip.nlp.ie;

/** One CAIL2022 entity mention: character offsets into the sentence (end exclusive), label and text. */
public record LabelledSpan(int start, int end, String label, String text) implements RelationFeatures.SpanLike {
}
