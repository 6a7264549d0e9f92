package cn.esip.supervision.store;

import cn.esip.supervision.report.Finding;
import cn.esip.supervision.report.ReportJson;
import cn.esip.supervision.report.ReviewReport;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Reviews in the law graph: {@code (:ReviewCase)-[:HAS_REVIEW]->(:Review)-[:FOUND]->(:Finding)-[:CONCERNS]->(:Provision)},
 * {@code (:Review)-[:DECIDED]->(:ReviewDecision)} and {@code (:ReviewPlan)-[:DRAWS]->(:Review)}. The report itself is
 * kept as JSON on the review node; findings are nodes so that statistics and "which provisions are misapplied, by
 * whom" are Cypher queries.
 */
public final class Neo4jReviewStore implements ReviewStore {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final Supplier<Driver> connect;
    private volatile Driver driver;

    public Neo4jReviewStore(Driver driver) {
        this(() -> driver);
    }

    /** A store that connects (and creates its constraints) on first use, so a server starts without waiting for the graph. */
    public Neo4jReviewStore(Supplier<Driver> connect) {
        this.connect = connect;
    }

    private Session session() {
        Driver d = driver;
        if (d == null) {
            synchronized (this) {
                if (driver == null) {
                    Driver fresh = connect.get();
                    try (Session s = fresh.session()) {
                        s.run("CREATE CONSTRAINT review_id IF NOT EXISTS FOR (r:Review) REQUIRE r.id IS UNIQUE").consume();
                        s.run("CREATE CONSTRAINT review_case_key IF NOT EXISTS FOR (c:ReviewCase) REQUIRE c.key IS UNIQUE").consume();
                        s.run("CREATE CONSTRAINT review_plan_id IF NOT EXISTS FOR (p:ReviewPlan) REQUIRE p.id IS UNIQUE").consume();
                    }
                    driver = fresh;
                }
                d = driver;
            }
        }
        return d.session();
    }

    @Override
    public StoredReview save(ReviewReport report, List<DocumentText> texts) {
        String id = UUID.randomUUID().toString();
        Instant at = Instant.now();
        String key = report.caseNo() != null && !report.caseNo().isBlank() ? report.caseNo() : report.caseName();
        List<Map<String, Object>> findings = new ArrayList<>();
        for (Finding f : report.findings()) {
            findings.add(Map.of("rule", f.rule(), "kind", f.kind(), "category", f.category(), "deducted", f.deducted(),
                    "message", f.message(), "provisions", f.provisions()));
        }
        Map<String, Object> p = new HashMap<>();
        p.put("key", key);
        p.put("name", report.caseName());
        p.put("caseNo", report.caseNo());
        p.put("agency", report.agency());
        p.put("decided", report.decided());
        p.put("id", id);
        p.put("at", at.toString());
        p.put("ruleSet", report.ruleSet());
        p.put("score", report.score());
        p.put("grade", report.grade());
        p.put("report", write(report));
        p.put("findings", findings);
        p.put("texts", write(texts));
        try (Session s = session()) {
            s.executeWrite(tx -> tx.run("""
                    MERGE (c:ReviewCase {key: $key})
                    SET c.name = $name, c.caseNo = $caseNo, c.agency = $agency, c.decided = $decided
                    CREATE (c)-[:HAS_REVIEW]->(r:Review {id: $id, at: $at, ruleSet: $ruleSet, score: $score, grade: $grade, report: $report, texts: $texts})
                    WITH r
                    UNWIND $findings AS f
                    CREATE (r)-[:FOUND]->(n:Finding {rule: f.rule, kind: f.kind, category: f.category, deducted: f.deducted,
                                                     message: f.message, provisions: f.provisions})
                    WITH n, f
                    UNWIND f.provisions AS code
                    MATCH (pv:Provision {code: code})
                    CREATE (n)-[:CONCERNS]->(pv)
                    """, p).consume());
        }
        return find(id).orElseThrow();
    }

    @Override
    public Optional<StoredReview> find(String id) {
        try (Session s = session()) {
            List<Record> rows = s.executeRead(tx -> tx.run("""
                    MATCH (c:ReviewCase)-[:HAS_REVIEW]->(r:Review {id: $id})
                    OPTIONAL MATCH (r)-[:DECIDED]->(d:ReviewDecision)
                    WITH c, r, d ORDER BY d.at
                    RETURN c.key AS key, c.agency AS agency, c.decided AS decided, r.at AS at, r.report AS report,
                           [x IN collect(d.json) WHERE x IS NOT NULL] AS decisions
                    """, Map.of("id", id)).list());
            if (rows.isEmpty()) {
                return Optional.empty();
            }
            Record r = rows.get(0);
            List<ReviewDecision> decisions = new ArrayList<>();
            for (Object d : r.get("decisions").asList()) {
                decisions.add(read(d.toString(), ReviewDecision.class));
            }
            return Optional.of(new StoredReview(id, r.get("key").asString(), r.get("agency").asString(null),
                    r.get("decided").asString(null), Instant.parse(r.get("at").asString()),
                    read(r.get("report").asString(), ReviewReport.class), decisions));
        }
    }

    @Override
    public StoredReview decide(String id, ReviewDecision decision) {
        try (Session s = session()) {
            long n = s.executeWrite(tx -> tx.run("""
                    MATCH (r:Review {id: $id})
                    CREATE (r)-[:DECIDED]->(:ReviewDecision {id: $did, reviewer: $reviewer, at: $at, score: $score, grade: $grade, json: $json})
                    RETURN count(*) AS n
                    """, Map.of("id", id, "did", decision.id(), "reviewer", decision.reviewer(), "at", decision.at().toString(),
                    "score", decision.score(), "grade", decision.grade(), "json", write(decision))).single().get("n").asLong());
            if (n == 0) {
                throw new NoSuchElementException("no review " + id);
            }
        }
        return find(id).orElseThrow();
    }

    @Override
    public List<StoredReview> pool(String agency, String from, String to) {
        List<String> ids;
        try (Session s = session()) {
            ids = s.executeRead(tx -> tx.run("""
                    MATCH (c:ReviewCase)-[:HAS_REVIEW]->(r:Review)
                    WHERE ($agency IS NULL OR c.agency CONTAINS $agency)
                      AND ($from IS NULL OR c.decided >= $from) AND ($to IS NULL OR c.decided <= $to)
                    WITH c, r ORDER BY r.at DESC
                    WITH c, head(collect(r)) AS latest
                    RETURN latest.id AS id ORDER BY c.key
                    """, params("agency", agency, "from", from, "to", to)).list(x -> x.get("id").asString()));
        }
        List<StoredReview> out = new ArrayList<>();
        ids.forEach(i -> find(i).ifPresent(out::add));
        return out;
    }

    @Override
    public ReviewPlan savePlan(ReviewPlan plan) {
        try (Session s = session()) {
            s.executeWrite(tx -> tx.run("""
                    CREATE (p:ReviewPlan {id: $id, at: $at, seed: $seed, json: $json})
                    WITH p UNWIND $drawn AS rid
                    MATCH (r:Review {id: rid}) CREATE (p)-[:DRAWS]->(r)
                    """, Map.of("id", plan.id(), "at", plan.at().toString(), "seed", plan.seed(), "json", write(plan),
                    "drawn", plan.drawn())).consume());
        }
        return plan;
    }

    @Override
    public List<Map<String, Object>> stats(String by) {
        String key = switch (by) {
            case "kind" -> "f.kind";
            case "rule" -> "f.rule";
            case "category" -> "f.category";
            case "agency" -> "c.agency";
            case "month" -> "substring(coalesce(c.decided, r.at), 0, 7)";
            case "provision" -> "code";
            default -> throw new IllegalArgumentException("by must be one of kind, rule, category, agency, month, provision");
        };
        String unwind = by.equals("provision") ? " UNWIND f.provisions AS code " : "";
        try (Session s = session()) {
            return s.executeRead(tx -> tx.run("""
                    MATCH (c:ReviewCase)-[:HAS_REVIEW]->(r:Review)
                    WITH c, r ORDER BY r.at DESC
                    WITH c, head(collect(r)) AS r
                    MATCH (r)-[:FOUND]->(f:Finding)""" + unwind + """
                    RETURN %s AS key, count(*) AS findings, count(DISTINCT c) AS cases, sum(f.deducted) AS points
                    ORDER BY findings DESC, key
                    """.formatted(key)).list(x -> {
                Map<String, Object> m = new java.util.LinkedHashMap<>();
                m.put(by, x.get("key").isNull() ? null : x.get("key").asObject());
                m.put("findings", x.get("findings").asLong());
                m.put("cases", x.get("cases").asLong());
                m.put("points", x.get("points").asDouble());
                return m;
            }));
        }
    }

    private static Map<String, Object> params(Object... kv) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    private static String write(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public List<DocumentText> texts(String id) {
        try (Session s = session()) {
            List<Record> rows = s.executeRead(tx -> tx.run("MATCH (r:Review {id: $id}) RETURN r.texts AS texts",
                    Map.of("id", id)).list());
            if (rows.isEmpty() || rows.get(0).get("texts").isNull()) {
                return List.of();
            }
            return List.of(read(rows.get(0).get("texts").asString(), DocumentText[].class));
        }
    }

    private static <T> T read(String s, Class<T> type) {
        try {
            return JSON.readValue(s, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored " + type.getSimpleName() + " unreadable: " + e.getMessage(), e);
        }
    }

    /** The report JSON as the API shows it. */
    public static Map<String, Object> reportTree(ReviewReport r) {
        return ReportJson.tree(r);
    }
}
