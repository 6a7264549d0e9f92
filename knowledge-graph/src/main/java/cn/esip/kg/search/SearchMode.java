package cn.esip.kg.search;

import java.util.Locale;

/** How a search ranks articles: BM25 over words, nearest vectors, or both fused. */
public enum SearchMode {
    BM25, DENSE, HYBRID;

    /** The mode named {@code s} (bm25, dense, hybrid; any case); null or blank gives {@link #HYBRID}. */
    public static SearchMode parse(String s) {
        if (s == null || s.isBlank()) {
            return HYBRID;
        }
        try {
            return valueOf(s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("mode must be bm25, dense or hybrid: " + s);
        }
    }

    /** The name used in requests and answers. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
