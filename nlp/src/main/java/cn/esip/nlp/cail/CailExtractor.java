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

    public CailExtractor(CailNerModel ner, CailRelationModel relations) {
        this.ner = ner;
        this.relations = relations;
    }

    public Result extract(String text) {
        List<ScoredSpan> ents = ner.extract(text);
        List<ScoredRelation> rels = relations == null ? List.of() : relations.extract(text, ents);
        return new Result(ents, rels);
    }

    public CailNerModel ner() {
        return ner;
    }

    public CailRelationModel relations() {
        return relations;
    }
}
