package cn.esip.nlp.pipeline;

/** A relation between two entities of a document, with a confidence. */
public record Relation(String label, Entity head, Entity tail, double confidence, String source) {
}
