package cn.esip.kg.index;

import java.time.LocalDate;

/**
 * One article found by a search.
 *
 * @param code       provision code of the article (or of the named paragraph/item for an exact lookup)
 * @param exact      true when the query named this provision (exact lookup), which then ranks first
 * @param snippet    text with the matched words in {@code <em>…</em>}
 */
public record SearchHit(String code, String versionId, String lawCode, String title, String shortTitle,
                        String article, String chapter, String level, String region, String validity,
                        LocalDate versionDate, float score, boolean exact, String snippet) {
}
