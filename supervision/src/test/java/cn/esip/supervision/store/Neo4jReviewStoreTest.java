package cn.esip.supervision.store;

import cn.esip.kg.service.LawKnowledgeBase;
import cn.esip.kg.store.Neo4jSettings;
import cn.esip.supervision.report.Evidence;
import cn.esip.supervision.report.Finding;
import cn.esip.supervision.report.ReviewReport;
import cn.esip.supervision.rules.RuleSet;
import cn.esip.supervision.rules.RuleSets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The review store on a real embedded Neo4j: decisions survive re-runs, draws replay from their seed, statistics count. */
class Neo4jReviewStoreTest {

    @TempDir
    static Path data;
    static LawKnowledgeBase kb;
    static Neo4jReviewStore store;
    static final RuleSet RULES = new RuleSets(null).defaultSet();

    @BeforeAll
    static void open() {
        kb = new LawKnowledgeBase(new Neo4jSettings(data, null, "neo4j", ""));
        store = new Neo4jReviewStore(kb.graph().driver());
        for (int i = 1; i <= 12; i++) {
            String agency = i % 2 == 0 ? "杭州市市场监督管理局" : "宁波市生态环境局";
            List<Finding> findings = i % 3 == 0 ? List.of() : List.of(
                    finding("FL-05", "LAW-FINE-RANGE", "适用法律", 20),
                    finding("WS-02", "DOC-AMOUNT-MISMATCH", "文书规范", 5));
            store.save(report("case-" + i, "浙执罚〔2024〕" + i + "号", agency, "2024-0" + (1 + i % 6) + "-15", findings));
        }
    }

    @AfterAll
    static void close() {
        kb.close();
    }

    static Finding finding(String rule, String kind, String category, double points) {
        return new Finding(rule, kind, category, points, false, kind + " 的说明",
                List.of(Evidence.quote("10-行政处罚决定书.txt", 0, 12, "罚款人民币叁拾伍万元")), List.of());
    }

    static ReviewReport report(String name, String caseNo, String agency, String decided, List<Finding> findings) {
        double score = 100 - findings.stream().mapToDouble(Finding::deducted).sum();
        return new ReviewReport(name, caseNo, agency, decided, score, RULES.grade(score, false), RULES.id(), findings,
                List.of(), List.of());
    }

    @Test
    void aReviewersDecisionSurvivesARerunOfTheAutomatedReview() {
        ReviewReport first = report("rerun", "浙执罚〔2024〕99号", "温州市交通运输局", "2024-05-02",
                List.of(finding("FL-05", "LAW-FINE-RANGE", "适用法律", 20)));
        StoredReview saved = store.save(first);
        assertEquals(80, saved.finalScore());
        ReviewDecision d = Decisions.decide(saved, RULES, "王审查",
                List.of(new Verdict("FL-05", "reject", null, null, "罚款在幅度内，误报")), "复核意见");
        StoredReview decided = store.decide(saved.id(), d);
        assertEquals(100, decided.finalScore());
        assertEquals("王审查", decided.decisions().get(0).reviewer());

        StoredReview rerun = store.save(first);
        assertNotEquals(saved.id(), rerun.id());
        assertEquals(100, store.find(saved.id()).orElseThrow().finalScore(), "the earlier decision stands");
        assertTrue(rerun.decisions().isEmpty());
        assertEquals(first, store.find(saved.id()).orElseThrow().report(), "the report round-trips through the graph");
    }

    @Test
    void theDrawReplaysFromItsSeed() {
        ReviewPlanner planner = new ReviewPlanner(store);
        var criteria = new ReviewPlanner.Criteria("杭州", null, null, 3, null, 20241203L, List.of("甲", "乙"));
        ReviewPlan a = planner.draw(criteria);
        ReviewPlan b = planner.draw(criteria);
        assertEquals(3, a.drawn().size());
        assertEquals(a.drawn(), b.drawn());
        assertEquals(20241203L, a.seed());
        for (String id : a.drawn()) {
            assertTrue(store.find(id).orElseThrow().agency().contains("杭州"));
        }
        assertEquals("甲", a.assignments().get(a.drawn().get(0)));
        assertEquals("乙", a.assignments().get(a.drawn().get(1)));
        ReviewPlan other = planner.draw(new ReviewPlanner.Criteria(null, null, null, null, 0.5, 7L, List.of()));
        assertEquals(7, other.drawn().size(), "half of the 13 cases, rounded up");
        assertThrows(IllegalArgumentException.class,
                () -> planner.draw(new ReviewPlanner.Criteria("无此机关", null, null, 1, null, 1L, List.of())));
    }

    @Test
    void statisticsCountTheLatestReviewOfEachCase() {
        List<Map<String, Object>> byKind = store.stats("kind");
        Map<String, Object> fine = byKind.stream().filter(m -> "LAW-FINE-RANGE".equals(m.get("kind"))).findFirst().orElseThrow();
        assertTrue((Long) fine.get("cases") >= 8, fine.toString());
        List<Map<String, Object>> byAgency = store.stats("agency");
        assertTrue(byAgency.stream().anyMatch(m -> "杭州市市场监督管理局".equals(m.get("agency"))));
        assertThrows(IllegalArgumentException.class, () -> store.stats("colour"));
    }
}
