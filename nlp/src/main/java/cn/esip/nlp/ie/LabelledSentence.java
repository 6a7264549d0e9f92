package cn.esip.nlp.ie;

import java.util.List;

/** One line of the CAIL2022 information-extraction data: a sentence with its entities and relations. */
public record LabelledSentence(long articleId, long sentId, String text, List<LabelledSpan> entities,
                           List<LabelledRelation> relations) {

    public LabelledSentence {
        entities = entities == null ? List.of() : List.copyOf(entities);
        relations = relations == null ? List.of() : List.copyOf(relations);
    }
}
