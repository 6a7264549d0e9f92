package cn.esip.kg.index;

import cn.esip.kg.search.SearchRequest;

import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import java.util.ArrayList;
import java.util.List;

/** The filters of a search request (level, region, validity, in force on a date) as Lucene queries over the index fields. */
public final class SearchFilters {

    private SearchFilters() {
    }

    /** The filter queries of {@code r}, empty when it has none. */
    public static List<Query> of(SearchRequest r) {
        List<Query> out = new ArrayList<>();
        if (r.level() != null) {
            out.add(new TermQuery(new Term(IndexFields.LEVEL, r.level().label())));
        }
        if (r.region() != null) {
            out.add(new TermQuery(new Term(IndexFields.REGION, r.region())));
        }
        if (r.validity() != null) {
            out.add(new TermQuery(new Term(IndexFields.VALIDITY, r.validity().label())));
        }
        if (r.validOn() != null) {
            long day = r.validOn().toEpochDay();
            out.add(LongPoint.newRangeQuery(IndexFields.VALID_FROM, Long.MIN_VALUE, day));
            out.add(LongPoint.newRangeQuery(IndexFields.VALID_TO, day + 1, Long.MAX_VALUE));
        }
        return out;
    }

}
