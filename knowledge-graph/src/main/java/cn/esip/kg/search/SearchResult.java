package cn.esip.kg.search;

import java.util.List;

/**
 * The answer of a search: its hits, best first, and the mode that ranked them ({@code bm25} when vectors were asked
 * for but are not built yet).
 */
public record SearchResult(List<SearchHit> hits, SearchMode mode) {
}
