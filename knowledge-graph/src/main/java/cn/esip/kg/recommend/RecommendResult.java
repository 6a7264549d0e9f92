package cn.esip.kg.recommend;

import cn.esip.kg.cases.SimilarCases;

import java.util.List;

/**
 * What 法条推荐 found for the facts of a case.
 *
 * @param mode      the search mode that ranked the articles
 * @param penalties penalty provisions that apply, best first
 * @param cases     similar typical cases (典型案例) of the corpus's 案例 folder
 * @param notes     what the answer lacks and why (e.g. cases not indexed)
 */
public record RecommendResult(String mode, List<Recommendation> penalties, List<SimilarCases.SimilarCase> cases,
                              List<String> notes) {
}
