package cn.esip.ocr.classify;

import java.util.Optional;

/**
 * Port for a text classifier of document types (the api module may plug in the NLP classifier);
 * empty when it cannot tell.
 */
@FunctionalInterface
public interface DocumentTypeClassifier {
    Optional<TypeGuess> classify(String text);
}
