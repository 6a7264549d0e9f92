package cn.esip.nlp.cail;

/** One CAIL2022 entity mention: character offsets into the sentence (end exclusive), label and text. */
public record CailSpan(int start, int end, String label, String text) implements RelationFeatures.CailSpanLike {
}
