package cn.esip.ocr.classify;

import java.util.Optional;

/**
 * Port for the text classifier of page types: the OCR text of a page in, a type out, or empty when it
 * cannot tell. The classifier itself lives in the NLP module; the supervision module adapts it to this port.
 */
@FunctionalInterface
public interface PageTextClassifier {
    Optional<TypeGuess> classify(String text);
}
