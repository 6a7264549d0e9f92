package cn.esip.api.law;

import cn.esip.kg.service.LawKnowledgeBase;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Where the law knowledge base stands: index, vectors, typical cases. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "laws", description = "Law knowledge graph: search, laws, provisions")
public class LawStatusController {

    private final LawKnowledgeBase kb;
    private final LawIndexBootstrap bootstrap;

    public LawStatusController(LawKnowledgeBase kb, LawIndexBootstrap bootstrap) {
        this.kb = kb;
        this.bootstrap = bootstrap;
    }

    /**
     * The state of the law knowledge base.
     *
     * @param index        STARTING, IMPORTING, READY, NO_INDEX or FAILED
     * @param detail       what is happening (import progress) or what is wrong
     * @param vectors      ready, being built (with progress), not built, or failed — searches are BM25 until ready
     * @param articles     articles in the index (0 until ready)
     * @param typicalCases typical cases imported with the index
     */
    public record LawStatus(String index, String detail, String vectors, int articles, int typicalCases) {
    }

    @GetMapping("/status")
    @Operation(summary = "Whether the law index, its vectors and the typical cases are ready, with progress while they are built")
    public LawStatus status() {
        boolean ready = bootstrap.state() == LawIndexBootstrap.State.READY;
        var cases = ready ? kb.similarCases() : null;
        return new LawStatus(bootstrap.state().name(), bootstrap.detail(), bootstrap.vectors(),
                ready ? kb.searcher().articles() : 0, cases == null ? 0 : cases.size());
    }
}
