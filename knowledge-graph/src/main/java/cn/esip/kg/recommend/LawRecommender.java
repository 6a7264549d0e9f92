package cn.esip.kg.recommend;

import cn.esip.kg.cases.SimilarCases;
import cn.esip.kg.index.LawSearcher;
import cn.esip.kg.penalty.PenaltyFacts;
import cn.esip.kg.search.SearchHit;
import cn.esip.kg.search.SearchMode;
import cn.esip.kg.search.SearchRequest;
import cn.esip.kg.search.SearchResult;

import java.util.ArrayList;
import java.util.List;

/**
 * 法条推荐: from the facts of a case to the penalty provisions that apply, each with the obligations it names and its
 * penalty kinds and fine ranges. Hybrid search ranks the articles (following the citations from matched obligations
 * to the penalty articles that punish them); the penalty articles among them are the recommendation.
 */
public final class LawRecommender {

    /** Longest facts accepted, in characters. */
    public static final int MAX_FACTS = SearchRequest.MAX_QUERY;
    /** Most recommendations per request. */
    public static final int MAX_TOP = 20;
    /** Articles searched to find the penalty provisions among. */
    static final int POOL = 50;

    /** Similar cases returned per request. */
    static final int CASES = 3;

    private final LawSearcher searcher;
    private final SimilarCases cases;

    /** A recommender over {@code searcher}'s index; {@code cases} null when no typical cases were imported. */
    public LawRecommender(LawSearcher searcher, SimilarCases cases) {
        this.searcher = searcher;
        this.cases = cases;
    }

    /**
     * The facts and region of a recommendation as every caller (REST, pages, CLI) must give them; the edges call it
     * before waiting for the index so that a bad request is told so at once.
     *
     * @throws IllegalArgumentException when the facts are empty or too long, or the region is not a GB/T 2260 code
     */
    public static void validate(String facts, String region) {
        if (facts == null || facts.isBlank()) {
            throw new IllegalArgumentException("facts must not be empty");
        }
        if (facts.length() > MAX_FACTS) {
            throw new IllegalArgumentException("facts longer than " + MAX_FACTS + " characters");
        }
        if (region != null && !region.matches("\\d{6}")) {
            throw new IllegalArgumentException("region must be a six-digit GB/T 2260 code: " + region);
        }
    }

    /**
     * Recommends up to {@code top} penalty provisions for {@code facts}; {@code region} (GB/T 2260, or null) keeps
     * national law and the rules of that region, its province and prefecture.
     *
     * @throws IllegalArgumentException for empty or too long facts, or {@code top} out of 1..{@value #MAX_TOP}
     */
    public RecommendResult recommend(String facts, String region, int top) {
        validate(facts, region);
        if (top < 1 || top > MAX_TOP) {
            throw new IllegalArgumentException("top must be between 1 and " + MAX_TOP + ": " + top);
        }
        // the handler's region is their home: its local rules rank with national law
        SearchRequest request = new SearchRequest(facts, null, null, cn.esip.kg.domain.Validity.IN_FORCE, null, POOL, SearchMode.HYBRID, region);
        SearchResult found = searcher.search(request);
        List<Recommendation> out = new ArrayList<>();
        for (SearchHit h : found.hits()) {
            if (!h.penalty() || (region != null && h.region() != null && !request.atHome(h.region())
                    && !h.region().equals("100000"))) {
                continue;
            }
            LawSearcher.IndexedText t = searcher.article(h.versionId(), h.code());
            String text = t == null ? "" : t.text();
            List<Recommendation.Obligation> obligations = new ArrayList<>();
            if (t != null) {
                for (String cited : t.cites()) {
                    LawSearcher.IndexedText o = searcher.article(null, cited);
                    if (o != null) {
                        obligations.add(new Recommendation.Obligation(o.code(), o.versionId(), o.title(), o.article(), o.text()));
                    }
                }
            }
            PenaltyFacts penalty = PenaltyFacts.of(text);
            out.add(new Recommendation(h, text, obligations,
                    penalty == null ? new PenaltyFacts(List.of(), false, List.of()) : penalty));
            if (out.size() == top) {
                break;
            }
        }
        List<String> notes = new ArrayList<>();
        if (!"hybrid".equals(found.mode().label())) {
            notes.add("vectors not built: ranked by BM25 only");
        }
        List<SimilarCases.SimilarCase> similar = List.of();
        if (cases == null || cases.size() == 0) {
            notes.add("no typical cases (典型案例) imported: the corpus has no 案例 folder, or it was imported before cases were");
        } else if (found.mode() == cn.esip.kg.search.SearchMode.BM25) {
            notes.add("similar cases need the vectors");
        } else {
            java.util.Set<String> provisions = new java.util.HashSet<>();
            for (Recommendation r : out) {
                provisions.add(r.provision().provisionCode());
                r.obligations().forEach(o -> provisions.add(o.provisionCode()));
            }
            similar = cases.find(facts, provisions, CASES);
        }
        return new RecommendResult(found.mode().label(), out, similar, notes);
    }
}
