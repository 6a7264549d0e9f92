package cn.esip.api.law;

import cn.esip.kg.qa.LawQa;
import cn.esip.kg.qa.QaAnswer;
import cn.esip.kg.recommend.LawRecommender;
import cn.esip.kg.recommend.RecommendResult;
import cn.esip.kg.service.LawKnowledgeBase;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** 法条推荐 from the facts of a case, and knowledge QA that quotes its articles. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "law basis", description = "Penalty provisions for the facts of a case (法条推荐) and knowledge QA (知识问答)")
public class LawBasisController {

    private final LawKnowledgeBase kb;
    private final LawIndexBootstrap bootstrap;

    public LawBasisController(LawKnowledgeBase kb, LawIndexBootstrap bootstrap) {
        this.kb = kb;
        this.bootstrap = bootstrap;
    }

    /** The facts of a case; {@code region} (GB/T 2260) keeps national law and that region's rules; {@code top} 1..20. */
    public record RecommendRequest(String facts, String region, Integer top) {
    }

    /** A question. */
    public record QaRequest(String question) {
    }

    @PostMapping("/recommend")
    @Operation(summary = "Penalty provisions that apply to the facts of a case, with the obligations they name, "
            + "their penalty kinds and fine ranges")
    public RecommendResult recommend(@RequestBody RecommendRequest request) {
        if (request == null) {
            throw new IllegalArgumentException("facts must not be empty");
        }
        LawRecommender.validate(request.facts(), request.region());
        bootstrap.requireReady();
        return kb.recommend(request.facts(), request.region(), request.top() == null ? 5 : request.top());
    }

    @PostMapping("/qa")
    @Operation(summary = "An answer quoted from the articles search finds, with its citation; abstains (未找到可靠依据) "
            + "with the nearest articles when the evidence is weak")
    public QaAnswer qa(@RequestBody QaRequest request) {
        LawQa.requirePresent(request == null ? null : request.question());
        bootstrap.requireReady();
        return kb.ask(request.question());
    }
}
