package cn.esip.kg.store;

import cn.esip.kg.code.Codes;
import cn.esip.kg.domain.Citation;
import cn.esip.kg.domain.HistoryEntry;
import cn.esip.kg.domain.LawRelation;
import cn.esip.kg.domain.LawVersion;
import cn.esip.kg.domain.Provision;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntConsumer;

/**
 * Writes a whole corpus into the graph with batched UNWIND statements (one transaction per batch).
 * Idempotent: the provisions of every written version are replaced, and laws and versions that the
 * corpus no longer holds are removed, so importing the same corpus twice gives the same graph.
 */
public final class GraphWriter {

    /** Rows per UNWIND batch (and per transaction). */
    static final int BATCH = 8000;

    private final Driver driver;
    private final Map<String, Double> timings = new LinkedHashMap<>();

    public GraphWriter(Driver driver) {
        this.driver = driver;
    }

    /**
     * Replaces the graph's laws with {@code versions} and their {@code relations}.
     *
     * @param progress called with the number of versions whose provisions are written so far
     */
    public void replaceAll(List<LawVersion> versions, List<LawRelation> relations, IntConsumer progress) {
        timings.clear();
        timed("schema", () -> GraphSchema.ensure(driver));
        String run = UUID.randomUUID().toString();
        timed("laws", () -> writeLaws(versions, run));
        timed("versions", () -> writeVersions(versions, run));
        timed("clear", () -> clearProvisions(versions.stream().map(LawVersion::versionId).toList()));
        timed("provisions", () -> writeProvisions(versions, progress));
        timed("citations", () -> writeCitations(versions));
        timed("relations", () -> writeRelations(relations));
        timed("stale", () -> removeStale(run));
    }

    /** Seconds each phase of the last {@link #replaceAll} took, in order. */
    public Map<String, Double> timings() {
        return Map.copyOf(timings);
    }

    private void timed(String phase, Runnable r) {
        long t0 = System.nanoTime();
        r.run();
        timings.put(phase, Math.round((System.nanoTime() - t0) / 1e7) / 100.0);
    }

    private void writeLaws(List<LawVersion> versions, String run) {
        Map<String, LawVersion> newest = new LinkedHashMap<>();
        Comparator<LawVersion> byDate = Comparator.comparing(LawVersion::versionDate,
                Comparator.nullsFirst(Comparator.naturalOrder()));
        for (LawVersion v : versions) {
            newest.merge(v.lawCode(), v, (a, b) -> byDate.compare(a, b) >= 0 ? a : b);
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (LawVersion v : newest.values()) {
            Map<String, Object> p = new HashMap<>();
            p.put("code", v.lawCode());
            p.put("title", v.title());
            p.put("shortTitle", v.shortTitle());
            p.put("level", v.level() == null ? null : v.level().label());
            p.put("levelCode", v.level() == null ? null : v.level().code());
            p.put("region", v.regionCode());
            p.put("category", v.category());
            p.put("enactingBody", v.enactingBody());
            p.put("run", run);
            rows.add(p);
        }
        batched(rows, "UNWIND $rows AS r MERGE (l:Law {code: r.code}) SET l = r");
    }

    private void writeVersions(List<LawVersion> versions, String run) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (LawVersion v : versions) {
            Map<String, Object> p = new HashMap<>();
            p.put("id", v.versionId());
            p.put("lawCode", v.lawCode());
            p.put("title", v.title());
            p.put("date", v.versionDate());
            p.put("promulgated", v.promulgated());
            p.put("effective", v.effective());
            p.put("validity", v.validity() == null ? null : v.validity().label());
            p.put("docNumber", v.docNumber());
            p.put("enactingBody", v.enactingBody());
            p.put("sourceFile", v.sourceFile());
            p.put("history", history(v.history()));
            p.put("run", run);
            rows.add(Map.of("law", v.lawCode(), "props", p));
        }
        batched(rows, "UNWIND $rows AS r MATCH (l:Law {code: r.law}) "
                + "MERGE (v:LawVersion {id: r.props.id}) SET v = r.props MERGE (l)-[:HAS_VERSION]->(v)");
    }

    private static List<String> history(List<HistoryEntry> history) {
        List<String> out = new ArrayList<>();
        if (history != null) {
            for (HistoryEntry h : history) {
                out.add((h.date() == null ? "" : h.date() + " ") + h.event());
            }
        }
        return out;
    }

    private void clearProvisions(List<String> versionIds) {
        try (Session s = driver.session()) {
            s.run("MATCH (p:Provision) WHERE p.versionId IN $ids "
                    + "CALL { WITH p DETACH DELETE p } IN TRANSACTIONS OF 10000 ROWS", Map.of("ids", versionIds)).consume();
        }
    }

    /**
     * Creates the provisions batch by batch; in each batch's transaction: the nodes, the HAS edges from the
     * version to its top-level units, and the CONTAINS edges from parents (earlier in document order) to children.
     */
    private void writeProvisions(List<LawVersion> versions, IntConsumer progress) {
        Batch batch = new Batch();
        int done = 0;
        for (LawVersion v : versions) {
            String vid = v.versionId();
            for (Provision p : v.provisions()) {
                String key = GraphKeys.provisionKey(p.code(), vid);
                Map<String, Object> props = new HashMap<>();
                props.put("key", key);
                props.put("code", p.code());
                props.put("versionId", vid);
                props.put("lawCode", v.lawCode());
                props.put("level", p.level().label());
                props.put("label", p.label());
                props.put("text", p.text());
                props.put("ordinal", p.ordinal());
                props.put("penalty", p.level() == cn.esip.kg.domain.ProvisionLevel.ARTICLE ? PenaltyJson.write(p.text()) : null);
                batch.nodes.add(props);
                if (p.parentCode() == null) {
                    batch.tops.add(Map.of("v", vid, "key", key));
                } else {
                    batch.edges.add(Map.of("parent", GraphKeys.provisionKey(p.parentCode(), vid), "child", key));
                }
                if (batch.nodes.size() >= BATCH) {
                    flush(batch);
                }
            }
            done++;
            if (done % 50 == 0) {
                progress.accept(done);
            }
        }
        flush(batch);
        progress.accept(versions.size());
    }

    /** Rows of one provision batch. */
    private static final class Batch {
        final List<Map<String, Object>> nodes = new ArrayList<>(BATCH);
        final List<Map<String, Object>> tops = new ArrayList<>();
        final List<Map<String, Object>> edges = new ArrayList<>(BATCH);
    }

    private void flush(Batch b) {
        if (b.nodes.isEmpty()) {
            return;
        }
        Map<String, Object> nodes = Map.of("rows", List.copyOf(b.nodes));
        Map<String, Object> tops = Map.of("rows", List.copyOf(b.tops));
        Map<String, Object> edges = Map.of("rows", List.copyOf(b.edges));
        try (Session s = driver.session()) {
            s.executeWriteWithoutResult(tx -> {
                tx.run("UNWIND $rows AS r CREATE (:Provision {key: r.key, code: r.code, versionId: r.versionId, "
                        + "lawCode: r.lawCode, level: r.level, label: r.label, text: r.text, ordinal: r.ordinal, penalty: r.penalty})", nodes).consume();
                tx.run("UNWIND $rows AS r MATCH (v:LawVersion {id: r.v}) MATCH (p:Provision {key: r.key}) "
                        + "CREATE (v)-[:HAS]->(p)", tops).consume();
                tx.run("UNWIND $rows AS r MATCH (c:Provision {key: r.child}) MATCH (p:Provision {key: r.parent}) "
                        + "CREATE (p)-[:CONTAINS]->(c)", edges).consume();
            });
        }
        b.nodes.clear();
        b.tops.clear();
        b.edges.clear();
    }

    private void writeCitations(List<LawVersion> versions) {
        // which versions hold a given provision code, newest first, to point citations of other laws at
        Map<String, List<LawVersion>> byLaw = new HashMap<>();
        for (LawVersion v : versions) {
            byLaw.computeIfAbsent(v.lawCode(), k -> new ArrayList<>()).add(v);
        }
        Comparator<LawVersion> newestFirst = Comparator.comparing(LawVersion::versionDate,
                Comparator.nullsLast(Comparator.reverseOrder()));
        byLaw.values().forEach(l -> l.sort(newestFirst));
        Set<String> keys = new HashSet<>();
        for (LawVersion v : versions) {
            for (Provision p : v.provisions()) {
                keys.add(GraphKeys.provisionKey(p.code(), v.versionId()));
            }
        }
        List<Map<String, Object>> toProvision = new ArrayList<>();
        List<Map<String, Object>> toLaw = new ArrayList<>();
        List<Map<String, Object>> missing = new ArrayList<>();
        for (LawVersion v : versions) {
            for (Citation c : v.citations()) {
                String from = GraphKeys.provisionKey(c.fromCode(), v.versionId());
                String target = c.resolved() ? c.targetCode() : null;
                if (target != null && !GraphKeys.isProvisionCode(target)) {
                    toLaw.add(Map.of("from", from, "to", target, "text", c.text()));
                    continue;
                }
                String targetKey = target == null ? null : targetKey(target, v, byLaw, keys);
                if (targetKey != null) {
                    toProvision.add(Map.of("from", from, "to", targetKey, "text", c.text()));
                } else {
                    Map<String, Object> m = new HashMap<>();
                    m.put("from", from);
                    m.put("text", c.text());
                    m.put("title", c.targetLawTitle() != null ? c.targetLawTitle() : v.title());
                    m.put("status", c.status() == null ? "UNRESOLVED" : c.status().name());
                    m.put("targetCode", c.targetCode());
                    missing.add(m);
                }
            }
        }
        batched(toProvision, "UNWIND $rows AS r MATCH (a:Provision {key: r.from}) MATCH (b:Provision {key: r.to}) "
                + "CREATE (a)-[:CITES {text: r.text}]->(b)");
        batched(toLaw, "UNWIND $rows AS r MATCH (a:Provision {key: r.from}) MATCH (b:Law {code: r.to}) "
                + "CREATE (a)-[:CITES {text: r.text}]->(b)");
        batched(missing, "UNWIND $rows AS r MATCH (a:Provision {key: r.from}) MERGE (m:CitedLaw {title: r.title}) "
                + "CREATE (a)-[:CITES_UNRESOLVED {text: r.text, status: r.status, targetCode: r.targetCode}]->(m)");
    }

    /** Node key of a cited provision: the citing version itself for the same law, else the newest version holding it. */
    private static String targetKey(String target, LawVersion citing, Map<String, List<LawVersion>> byLaw, Set<String> keys) {
        String law = Codes.lawOf(target).toString();
        if (law.equals(citing.lawCode())) {
            String k = GraphKeys.provisionKey(target, citing.versionId());
            if (keys.contains(k)) {
                return k;
            }
        }
        for (LawVersion v : byLaw.getOrDefault(law, List.of())) {
            String k = GraphKeys.provisionKey(target, v.versionId());
            if (keys.contains(k)) {
                return k;
            }
        }
        return null;
    }

    private void writeRelations(List<LawRelation> relations) {
        try (Session s = driver.session()) {
            s.run("MATCH ()-[r:SUPERSEDES|IMPLEMENTS]->() DELETE r").consume();
        }
        List<Map<String, Object>> supersedes = new ArrayList<>();
        List<Map<String, Object>> implementsRows = new ArrayList<>();
        for (LawRelation r : relations) {
            (r.kind() == LawRelation.Kind.SUPERSEDES ? supersedes : implementsRows).add(Map.of("from", r.from(), "to", r.to()));
        }
        batched(supersedes, "UNWIND $rows AS r MATCH (a:LawVersion {id: r.from}) MATCH (b:LawVersion {id: r.to}) "
                + "MERGE (a)-[:SUPERSEDES]->(b)");
        batched(implementsRows, "UNWIND $rows AS r MATCH (a:Law {code: r.from}) MATCH (b:Law {code: r.to}) "
                + "MERGE (a)-[:IMPLEMENTS]->(b)");
    }

    private void removeStale(String run) {
        List<String> stale;
        try (Session s = driver.session()) {
            stale = s.run("MATCH (v:LawVersion) WHERE v.run <> $run RETURN v.id AS id", Map.of("run", run))
                    .list(r -> r.get("id").asString());
        }
        if (!stale.isEmpty()) {
            clearProvisions(stale);
        }
        try (Session s = driver.session()) {
            s.run("MATCH (v:LawVersion) WHERE v.run <> $run DETACH DELETE v", Map.of("run", run)).consume();
            s.run("MATCH (l:Law) WHERE l.run <> $run DETACH DELETE l", Map.of("run", run)).consume();
            s.run("MATCH (m:CitedLaw) WHERE NOT (m)<-[:CITES_UNRESOLVED]-() DELETE m").consume();
        }
    }

    private void batched(List<Map<String, Object>> rows, String cypher) {
        for (int i = 0; i < rows.size(); i += BATCH) {
            run(cypher, rows.subList(i, Math.min(rows.size(), i + BATCH)));
        }
    }

    private void run(String cypher, List<Map<String, Object>> rows) {
        List<Map<String, Object>> copy = List.copyOf(rows);
        try (Session s = driver.session()) {
            s.executeWriteWithoutResult(tx -> tx.run(cypher, Map.of("rows", copy)).consume());
        }
    }

}
