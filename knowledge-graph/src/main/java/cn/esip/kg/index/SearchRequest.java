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
 * @param home     the handler's own region (GB/T 2260), or null: its local rules (and its province's and
 *                 prefecture's) are not weighed down as other regions' are; not a filter
 */
public record SearchRequest(String query, String level, String region, String validity, LocalDate validOn, int top,
                            SearchMode mode, String home) {

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
        home = blankToNull(home);
        if (home != null && !home.matches("\\d{6}")) {
            throw new IllegalArgumentException("home region must be a six-digit GB/T 2260 code: " + home);
        }
    }

    /** A search from no particular region. */
    public SearchRequest(String query, String level, String region, String validity, LocalDate validOn, int top,
                         SearchMode mode) {
        this(query, level, region, validity, validOn, top, mode, null);
    }

    /** Whether rules of {@code articleRegion} are the home region's own: the same area, its province or prefecture. */
    public boolean atHome(String articleRegion) {
        if (home == null || articleRegion == null || articleRegion.length() != 6) {
            return false;
        }
        return articleRegion.equals(home) || articleRegion.equals(home.substring(0, 2) + "0000")
                || articleRegion.equals(home.substring(0, 4) + "00");
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
        return new SearchRequest(query, level, region, validity, validOn, top, m, home);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
