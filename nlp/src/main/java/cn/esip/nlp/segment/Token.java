package cn.esip.nlp.segment;

/** One word of segmented text: its surface form, part of speech and character offsets (end exclusive). */
public record Token(String text, String pos, int start, int end) {
}
