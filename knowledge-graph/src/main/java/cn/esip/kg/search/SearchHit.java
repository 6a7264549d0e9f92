package cn.esip.kg.search;

import java.time.LocalDate;

/**
 * One article found by a search.
 *
 * @param code          provision code of the article (or of the named paragraph/item for an exact lookup)
 * @param articleNumber N of 第N条
 * @param articleSuffix n of 第N条之n (0 when none)
 * @param provisionCode the same provision code as {@code code}, under the name the search API promises
 * @param penalty       true when the article sets penalties (a 法律责任 provision)
 * @param exact         true when the query named this provision (exact lookup), which then ranks first
 * @param snippet       text with the matched words in {@code <em>…</em>}
 */
public record SearchHit(String code, String versionId, String lawCode, String title, String shortTitle,
                        String article, int articleNumber, int articleSuffix, String provisionCode,
                        String chapter, String level, String region, String validity,
                        LocalDate versionDate, boolean penalty, float score, boolean exact, String snippet) {
}
