package cn.esip.supervision.casefile;

import cn.esip.nlp.classify.Classification;
import cn.esip.nlp.classify.CueClassifier;
import cn.esip.nlp.classify.DocumentTypeClassifier;
import cn.esip.nlp.normalize.TextNormalizer;
import cn.esip.ocr.classify.PageTextClassifier;
import cn.esip.ocr.classify.TypeGuess;

import java.util.Optional;

/** The NLP document-type classifier behind the image service's page-type port: one classifier for text and scans. */
public final class NlpPageTypes implements PageTextClassifier {

    /** The method a page decided by this classifier reports. */
    public static final String METHOD = "nlp-cues";

    private final DocumentTypeClassifier types;

    public NlpPageTypes(DocumentTypeClassifier types) {
        this.types = types;
    }

    public NlpPageTypes() {
        this(new DocumentTypeClassifier());
    }

    @Override
    public Optional<TypeGuess> classify(String text) {
        Classification c = types.classify(TextNormalizer.normalize(text));
        if (CueClassifier.OTHER.equals(c.label())) {
            return Optional.empty();
        }
        return Optional.of(new TypeGuess(c.label(), c.score(), METHOD));
    }
}
