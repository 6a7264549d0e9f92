package cn.esip.nlp.event;

import cn.esip.nlp.classify.ClassifierAnnotator;
import cn.esip.nlp.classify.Classification;
import cn.esip.nlp.pipeline.Annotation;
import cn.esip.nlp.pipeline.Annotator;
import cn.esip.nlp.pipeline.Document;

import java.util.EnumSet;
import java.util.Set;

/** The penalty-decision frame of a document the document-type annotator took for a 行政处罚决定书; other documents get none. */
public final class PenaltyDecisionAnnotator implements Annotator {

    /** Where the frame goes. */
    public static final Document.Key<PenaltyDecision> FRAME = new Document.Key<>("penaltyDecision", PenaltyDecision.class);
    /** The document type that has a frame. */
    public static final String DECISION_TYPE = "行政处罚决定书";

    private final PenaltyDecisionExtractor extractor;

    public PenaltyDecisionAnnotator(PenaltyDecisionExtractor extractor) {
        this.extractor = extractor;
    }

    @Override
    public String name() {
        return "penalty-decision";
    }

    @Override
    public void annotate(Document doc) {
        boolean decision = doc.get(ClassifierAnnotator.DOCUMENT_TYPE).map(Classification::label)
                .filter(DECISION_TYPE::equals).isPresent();
        if (decision) {
            doc.put(FRAME, extractor.extract(doc));
        }
    }

    @Override
    public Set<Annotation> requires() {
        return EnumSet.of(Annotation.DOCUMENT_TYPE, Annotation.PATTERN_ENTITIES, Annotation.LAW_CITATIONS);
    }

    @Override
    public Set<Annotation> produces() {
        return EnumSet.of(Annotation.PENALTY_DECISION);
    }
}
