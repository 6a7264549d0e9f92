package cn.esip.nlp.ie;

import java.util.List;

/** Entities then relations of a CAIL-style sentence, with the two trained models loaded once. */
public final class EntityRelationExtractor {

    /** What was found in one sentence. */
    public record Result(List<ScoredSpan> entities, List<ScoredRelation> relations) {

        /** As a CAIL line (ids of the input kept). */
        public LabelledSentence toCail(LabelledSentence input) {
            return new LabelledSentence(input.articleId(), input.sentId(), input.text(),
                    entities.stream().map(ScoredSpan::toSpan).toList(),
                    relations.stream().map(ScoredRelation::toRelation).toList());
        }
    }

    private final EntityTagger ner;
    private final RelationModel relations;

    private final String nerId;

    public EntityRelationExtractor(EntityTagger ner, RelationModel relations) {
        this(ner, relations, ExtractorTraining.NER_ID);
    }

    /** @param nerId the registry id of the tagger, reported as the source of its entities */
    public EntityRelationExtractor(EntityTagger ner, RelationModel relations, String nerId) {
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

    public EntityTagger ner() {
        return ner;
    }

    public RelationModel relations() {
        return relations;
    }
}
