package cn.esip.nlp.cail;

import java.util.List;

/** One line of the CAIL2022 information-extraction data: a sentence with its entities and relations. */
public record CailSentence(long articleId, long sentId, String text, List<CailSpan> entities,
                           List<CailRelation> relations) {

    public CailSentence {
        entities = entities == null ? List.of() : List.copyOf(entities);
        relations = relations == null ? List.of() : List.copyOf(relations);
    }
}
