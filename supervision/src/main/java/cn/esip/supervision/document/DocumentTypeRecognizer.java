package cn.esip.supervision.document;

import cn.esip.nlp.classify.Classification;
import cn.esip.nlp.classify.DocumentTypeClassifier;

import java.util.Arrays;
import java.util.Optional;

/** A case document's {@link DocumentType} from its content, by the NLP document-type cue table (the file name is never read here). */
public final class DocumentTypeRecognizer {

    private final DocumentTypeClassifier types = DocumentTypeClassifier.documentsOnly();

    /** A recognised type, how sure the recogniser is (title cue 0.95, body cue 0.7, nothing 0.3) and the cue. */
    public record Recognition(DocumentType type, double confidence, String cue) {
    }

    public Recognition recognize(String text) {
        Classification c = types.classify(text);
        return typeOf(c.label()).map(t -> new Recognition(t, c.score(), c.evidence().get(0)))
                .orElseGet(() -> new Recognition(DocumentType.其他, DocumentTypeClassifier.NONE, "none"));
    }

    /** Whether the agency's own title (from the file name) names the recognised type. */
    public boolean nameAgrees(String nameTitle, DocumentType type) {
        return types.typeOfTitle(nameTitle).flatMap(DocumentTypeRecognizer::typeOf)
                .map(named -> named == type)
                .orElse(type == DocumentType.其他 || type == DocumentType.检测鉴定报告);
    }

    private static Optional<DocumentType> typeOf(String label) {
        return Arrays.stream(DocumentType.values()).filter(t -> t.name().equals(label)).findFirst();
    }
}
