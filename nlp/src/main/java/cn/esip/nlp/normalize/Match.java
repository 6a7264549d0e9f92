package cn.esip.nlp.normalize;

/** A normalised value found in text: offsets (end exclusive), the text as written and its normal form. */
public record Match(int start, int end, String text, String value) {
}
