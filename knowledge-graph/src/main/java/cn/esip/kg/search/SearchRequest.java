package cn.esip.kg.search;

import cn.esip.kg.domain.EffectLevel;
import cn.esip.kg.domain.Validity;

import java.time.LocalDate;

/**
 * A search over the law index, typed and checked when it is made: callers holding what a user typed use
 * {@link #fromUser}, which parses the filters and applies the one default validity.
 *
 * @param query    free text (keywords, a question or the facts of a case), or a named article (行政处罚法第五十一条)
 * @param level    effect level filter, or null
 * @param region   GB/T 2260 region code filter (six digits), or null
 * @param validity validity filter, or null for any
 * @param validOn  only versions in force on this date, or null
 * @param top      number of hits wanted (1..{@link #MAX_TOP})
 * @param mode     how to rank (default {@link SearchMode#HYBRID})
 * @param home     the handler's own region (GB/T 2260), or null: its local rules (and its province's and
 *                 prefecture's) are not weighed down as other regions' are; not a filter
 */
public record SearchRequest(String query, EffectLevel level, String region, Validity validity, LocalDate validOn, int top,
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
        region = blankToNull(region);
        if (region != null && !region.matches("\\d{6}")) {
            throw new IllegalArgumentException("region must be a six-digit GB/T 2260 code: " + region);
        }
        mode = mode == null ? SearchMode.HYBRID : mode;
        home = blankToNull(home);
        if (home != null && !home.matches("\\d{6}")) {
            throw new IllegalArgumentException("home region must be a six-digit GB/T 2260 code: " + home);
        }
    }

    /** A search from no particular region. */
    public SearchRequest(String query, EffectLevel level, String region, Validity validity, LocalDate validOn, int top,
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

    /** A plain hybrid query with no filters. */
    public static SearchRequest of(String query, int top) {
        return new SearchRequest(query, null, null, null, null, top, SearchMode.HYBRID);
    }

    /** A hybrid query over the provisions in force (有效) today. */
    public static SearchRequest inForce(String query, int top) {
        return new SearchRequest(query, null, null, Validity.IN_FORCE, null, top, SearchMode.HYBRID);
    }

    /**
     * The request a user means by these strings (REST, pages, CLI and batch files alike): level as a label
     * (法律) or code (11), validity as a label or {@code any}, mode bm25/dense/hybrid; blank means not given.
     * The one default: 有效 when neither a validity nor a date is given. Throws IllegalArgumentException naming
     * the first bad value.
     */
    public static SearchRequest fromUser(String query, String level, String region, String validity, LocalDate validOn,
                                         int top, String mode, String home) {
        EffectLevel l = blank(level) ? null : EffectLevel.parse(level.strip());
        Validity v;
        if (blank(validity)) {
            v = validOn == null ? Validity.IN_FORCE : null;
        } else {
            v = "any".equalsIgnoreCase(validity.strip()) ? null : Validity.parse(validity.strip());
        }
        return new SearchRequest(query, l, region, v, validOn, top, SearchMode.parse(mode), home);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** The same request with another mode. */
    public SearchRequest withMode(SearchMode m) {
        return new SearchRequest(query, level, region, validity, validOn, top, m, home);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
