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

    @GetMapping("/status")
    @Operation(summary = "Whether the law index, its vectors and the typical cases are ready, with progress while they are built")
    public LawStatus status() {
        return LawStatus.of(kb, bootstrap);
    }
}
