package cn.esip.nlp.pipeline;

/** A sentence of the normalised text: offsets (end exclusive) and its text. */
public record Sentence(int start, int end, String text) {
}
