package cn.esip.ocr.classify;

/**
 * A page-type decision.
 *
 * @param type    the type
 * @param score   0–1
 * @param method  how it was decided: title, keywords, image, or the name of a plugged-in classifier
 */
public record TypeGuess(DocumentType type, double score, String method) {
}
