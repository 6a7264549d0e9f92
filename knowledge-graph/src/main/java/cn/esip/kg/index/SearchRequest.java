package cn.esip.kg.index;

import java.time.LocalDate;

/**
 * A search over the law index.
 *
 * @param query    free text (keywords, a question or the facts of a case), or a named article (行政处罚法第五十一条)
 * @param level    effect level filter (label 法律 or code 11), or null
 * @param region   GB/T 2260 region code filter, or null
 * @param validity validity filter (有效, 已修改, 已废止, 尚未生效), or null for any
 * @param validOn  only versions in force on this date, or null
 * @param top      number of hits wanted (1..{@link #MAX_TOP})
 * @param mode     how to rank (default {@link SearchMode#HYBRID})
 */
public record SearchRequest(String query, String level, String region, String validity, LocalDate validOn, int top,
                            SearchMode mode) {

    /** Longest query accepted, in characters (pasted facts of a case). */
    public static final int MAX_QUERY = 2000;
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
        mode = mode == null ? SearchMode.HYBRID : mode;
    }

    /** A hybrid search. */
    public SearchRequest(String query, String level, String region, String validity, LocalDate validOn, int top) {
        this(query, level, region, validity, validOn, top, SearchMode.HYBRID);
    }

    /** A plain hybrid query with no filters. */
    public static SearchRequest of(String query, int top) {
        return new SearchRequest(query, null, null, null, null, top, SearchMode.HYBRID);
    }

    /**
     * The validity filter a user means: 有效 when neither a validity nor a date is given, none for {@code any}, else
     * the one given. One default for the REST API, the CLI and batch searches.
     */
    public static String validityOrDefault(String validity, LocalDate validOn) {
        if (validity == null || validity.isBlank()) {
            return validOn == null ? "有效" : null;
        }
        return "any".equalsIgnoreCase(validity.strip()) ? null : validity;
    }

    /** The same request with another mode. */
    public SearchRequest withMode(SearchMode m) {
        return new SearchRequest(query, level, region, validity, validOn, top, m);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
