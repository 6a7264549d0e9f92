package cn.esip.kg.index;

import java.time.LocalDate;

/**
 * A search over the law index.
 *
 * @param query    free text, or a named article (行政处罚法第五十一条)
 * @param level    effect level filter (label 法律 or code 11), or null
 * @param region   GB/T 2260 region code filter, or null
 * @param validity validity filter (有效, 已修改, 已废止, 尚未生效), or null for any
 * @param validOn  only versions in force on this date, or null
 * @param top      number of hits wanted (1..{@link #MAX_TOP})
 */
public record SearchRequest(String query, String level, String region, String validity, LocalDate validOn, int top) {

    /** Longest query accepted, in characters. */
    public static final int MAX_QUERY = 200;
    /** Most hits one search returns. */
    public static final int MAX_TOP = 100;

    public SearchRequest {
        if (query == null || query.isBlank()) {
            throw new IllegalArgumentException("query must not be empty");
        }
        query = query.strip();
        if (query.length() > MAX_QUERY) {
            throw new IllegalArgumentException("query longer than " + MAX_QUERY + " characters");
        }
        if (top < 1 || top > MAX_TOP) {
            throw new IllegalArgumentException("top must be between 1 and " + MAX_TOP + ": " + top);
        }
        level = blankToNull(level);
        region = blankToNull(region);
        validity = blankToNull(validity);
    }

    /** A plain query with no filters. */
    public static SearchRequest of(String query, int top) {
        return new SearchRequest(query, null, null, null, null, top);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
