package cn.esip.api.law;

import cn.esip.kg.search.SearchHit;
import cn.esip.kg.search.SearchRequest;
import cn.esip.kg.search.SearchResult;
import cn.esip.kg.service.LawKnowledgeBase;
import cn.esip.kg.view.LawSummary;
import cn.esip.kg.view.LawView;
import cn.esip.kg.view.ProvisionView;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;

/** REST API of the law knowledge base: search, laws and provisions. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "laws", description = "Law knowledge graph: search, laws, provisions")
public class LawController {

    /** Most laws one title lookup returns. */
    static final int MAX_LAWS = 100;

    private final LawKnowledgeBase kb;
    private final LawIndexBootstrap bootstrap;

    public LawController(LawKnowledgeBase kb, LawIndexBootstrap bootstrap) {
        this.kb = kb;
        this.bootstrap = bootstrap;
    }

    /** The answer of a search. */
    public record SearchResponse(String query, String mode, int count, List<SearchHit> hits) {
    }

    @GetMapping("/search")
    @Operation(summary = "Hybrid (BM25 + vector) search over articles; a query naming an article (行政处罚法第五十一条) returns it first")
    public SearchResponse search(
            @RequestParam @Parameter(description = "words, a named article, or the facts of a case (at most 2,000 characters)") String q,
            @RequestParam(required = false) @Parameter(description = "effect level label (法律…) or code (11…)") String level,
            @RequestParam(required = false) @Parameter(description = "GB/T 2260 region code, e.g. 370000") String region,
            @RequestParam(required = false) @Parameter(description = "有效 (default unless validOn is given), 已修改, 已废止, 尚未生效, or any") String validity,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            @Parameter(description = "only versions in force on this date (YYYY-MM-DD)") LocalDate validOn,
            @RequestParam(defaultValue = "10") @Parameter(description = "number of hits, 1..100") int top,
            @RequestParam(required = false) @Parameter(description = "bm25, dense or hybrid (default); the answer's mode says which ranked the hits") String mode,
            @RequestParam(required = false) @Parameter(description = "the handler's own GB/T 2260 region: its local rules (and its province's and prefecture's) rank with national law; not a filter") String home) {
        SearchRequest request = SearchRequest.fromUser(q, level, region, validity, validOn, top, mode, home);
        bootstrap.requireReady();
        SearchResult result = kb.searchWithMode(request);
        return new SearchResponse(request.query(), result.mode().label(), result.hits().size(), result.hits());
    }

    @GetMapping("/laws")
    @Operation(summary = "Laws whose title or short title contains the given text")
    public List<LawSummary> laws(@RequestParam String title,
                                 @RequestParam(defaultValue = "20") @Parameter(description = "1..100") int limit) {
        if (limit < 1 || limit > MAX_LAWS) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LAWS + ": " + limit);
        }
        bootstrap.requireReady();
        return kb.findLaws(title, limit);
    }

    @GetMapping("/laws/{code}")
    @Operation(summary = "A law (code, or code@YYYY-MM-DD for one version) with versions, contents and implementing rules")
    public LawView law(@PathVariable String code) {
        if (code.contains("/")) {
            throw new IllegalArgumentException("a law code has no '/': " + code);
        }
        bootstrap.requireReady();
        return kb.law(code);
    }

    @GetMapping("/provisions/{law}/{digits}")
    @Operation(summary = "A provision (law code/digits, optionally @YYYY-MM-DD) with parent, children, citations out and in, versions")
    public ProvisionView provision(@PathVariable String law, @PathVariable String digits) {
        bootstrap.requireReady();
        return kb.provision(law + "/" + digits);
    }

    @GetMapping("/provisions/{code}")
    @Operation(summary = "Rejects codes without the provision part")
    public ProvisionView provisionWithoutDigits(@PathVariable String code) {
        throw new IllegalArgumentException("not a provision code (law code/digits): " + code);
    }
}
