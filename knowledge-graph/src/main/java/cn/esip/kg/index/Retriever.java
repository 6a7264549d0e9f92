package cn.esip.kg.index;

import cn.esip.kg.search.SearchHit;
import cn.esip.kg.search.SearchRequest;

import java.util.List;

/** Finds articles for a search request ({@link LawSearcher}: BM25, vectors or both fused, as the request asks). */
public interface Retriever {

    /** Hits for {@code request}, best first, at most {@code request.top()}. */
    List<SearchHit> retrieve(SearchRequest request);
}
