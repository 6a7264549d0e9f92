package cn.esip.kg.index;

import java.util.List;

/**
 * Finds articles for a search request. Today the only implementation is BM25 over the Lucene index
 * ({@link LawSearcher}); a dense-vector retriever can implement this later and be fused with it.
 */
public interface Retriever {

    /** Hits for {@code request}, best first, at most {@code request.top()}. */
    List<SearchHit> retrieve(SearchRequest request);
}
