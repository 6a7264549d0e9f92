package cn.esip.kg.recommend;

import cn.esip.kg.penalty.PenaltyFacts;
import cn.esip.kg.search.SearchHit;

import java.util.List;

/**
 * One penalty provision recommended for the facts of a case (法条推荐).
 *
 * @param provision    the penalty article as search found it
 * @param text         its full text
 * @param obligations  the articles it names as the duty broken (违反本法第X条规定), from the graph's citations
 * @param penalty      its penalty kinds, 责令改正 apart, and fine ranges
 */
public record Recommendation(SearchHit provision, String text, List<Obligation> obligations, PenaltyFacts penalty) {

    /** An article a penalty provision names as the duty broken. */
    public record Obligation(String provisionCode, String versionId, String title, String article, String text) {
    }
}
