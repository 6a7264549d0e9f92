package cn.esip.nlp.cail;

import java.util.List;

/** Entities then relations of a CAIL-style sentence, with the two trained models loaded once. */
public final class CailExtractor {

    /** What was found in one sentence. */
    public record Result(List<ScoredSpan> entities, List<ScoredRelation> relations) {

        /** As a CAIL line (ids of the input kept). */
        public CailSentence toCail(CailSentence input) {
            return new CailSentence(input.articleId(), input.sentId(), input.text(),
                    entities.stream().map(ScoredSpan::toSpan).toList(),
                    relations.stream().map(ScoredRelation::toRelation).toList());
        }
    }

    private final CailNerModel ner;
    private final CailRelationModel relations;

    private final String nerId;

    public CailExtractor(CailNerModel ner, CailRelationModel relations) {
        this(ner, relations, CailTraining.NER_ID);
    }

    /** @param nerId the registry id of the tagger, reported as the source of its entities */
    public CailExtractor(CailNerModel ner, CailRelationModel relations, String nerId) {
        this.ner = ner;
        this.relations = relations;
        this.nerId = nerId;
    }

    /** Registry id of the entity tagger. */
    public String nerId() {
        return nerId;
    }

    /** Entities, then relations among them; the encoder (when a model has one) runs once for both. */
    public Result extract(String text) {
        cn.esip.nlp.encode.CharEncoder enc = ner.encoder() != null ? ner.encoder()
                : relations != null ? relations.encoder() : null;
        float[][] vectors = enc == null || text == null || text.isEmpty() ? null : enc.encode(text);
        List<ScoredSpan> ents = ner.extract(text, ner.encoder() == null ? null : vectors);
        List<ScoredRelation> rels = relations == null ? List.of()
                : relations.extract(text, ents, relations.encoder() == enc ? vectors : null);
        return new Result(ents, rels);
    }

    public CailNerModel ner() {
        return ner;
    }

    public CailRelationModel relations() {
        return relations;
    }
}
