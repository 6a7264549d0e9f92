package cn.esip.kg.store;

import cn.esip.kg.view.CitationLink;
import cn.esip.kg.view.LawSummary;
import cn.esip.kg.view.LawView;
import cn.esip.kg.view.ProvisionSummary;
import cn.esip.kg.view.ProvisionView;
import cn.esip.kg.view.VersionSummary;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/** Read queries on the law graph: laws, provisions with their neighbourhood, and counts. */
public final class GraphReader {

    /** Most citations listed in each direction for one provision. */
    static final int MAX_CITATIONS = 200;

    private final Driver driver;

    public GraphReader(Driver driver) {
        this.driver = driver;
    }

    /**
     * A law by code, or one of its versions by version id ({@code code@YYYY-MM-DD}).
     *
     * @throws NoSuchElementException when there is no such law or version
     */
    public LawView law(String codeOrVersion) {
        String code = codeOrVersion.contains("@") ? codeOrVersion.substring(0, codeOrVersion.indexOf('@')) : codeOrVersion;
        try (Session s = driver.session()) {
            List<Record> rows = s.run("MATCH (l:Law {code: $code}) OPTIONAL MATCH (l)-[:HAS_VERSION]->(v:LawVersion) "
                    + "RETURN l, v", Map.of("code", code)).list();
            if (rows.isEmpty()) {
                throw new NoSuchElementException("no law with code " + code);
            }
            Node law = rows.get(0).get("l").asNode();
            List<Node> versionNodes = rows.stream().map(r -> r.get("v")).filter(v -> !v.isNull()).map(Value::asNode).toList();
            List<VersionSummary> versions = versionNodes.stream().map(GraphReader::version)
                    .sorted(Comparator.comparing(VersionSummary::date, Comparator.nullsFirst(Comparator.naturalOrder())))
                    .toList();
            VersionSummary shown;
            if (codeOrVersion.contains("@")) {
                shown = versions.stream().filter(v -> v.id().equals(codeOrVersion)).findFirst()
                        .orElseThrow(() -> new NoSuchElementException("no law version " + codeOrVersion));
            } else {
                shown = current(versions).orElse(null);
            }
            List<String> history = List.of();
            List<ProvisionSummary> children = List.of();
            if (shown != null) {
                Node vn = versionNodes.stream().filter(n -> n.get("id").asString().equals(shown.id())).findFirst().orElseThrow();
                history = vn.get("history").isNull() ? List.of() : vn.get("history").asList(Value::asString);
                children = s.run("MATCH (v:LawVersion {id: $id})-[:HAS]->(p:Provision) "
                                + "RETURN p ORDER BY p.ordinal", Map.of("id", shown.id()))
                        .list(r -> provisionSummary(r.get("p").asNode()));
            }
            List<LawSummary> implementsLaws = s.run("MATCH (:Law {code: $code})-[:IMPLEMENTS]->(o:Law) RETURN o",
                    Map.of("code", code)).list(r -> r.get("o").asNode()).stream().map(n -> lawSummary(s, n)).toList();
            List<LawSummary> implementedBy = s.run("MATCH (:Law {code: $code})<-[:IMPLEMENTS]-(o:Law) RETURN o",
                    Map.of("code", code)).list(r -> r.get("o").asNode()).stream().map(n -> lawSummary(s, n)).toList();
            return new LawView(summary(law, versions), str(law, "enactingBody"), str(law, "category"), shown, history,
                    versions, children, implementsLaws, implementedBy);
        }
    }

    /**
     * A provision by code (its version in force, else the newest holding it) or by {@code code@YYYY-MM-DD}.
     *
     * @throws NoSuchElementException when no version of the law holds that provision
     */
    public ProvisionView provision(String codeOrKey) {
        String code = codeOrKey.contains("@") ? codeOrKey.substring(0, codeOrKey.indexOf('@')) : codeOrKey;
        try (Session s = driver.session()) {
            List<Record> holders = s.run("MATCH (p:Provision {code: $code}) MATCH (v:LawVersion {id: p.versionId}) "
                    + "RETURN p.key AS key, p.text AS text, v ORDER BY v.date", Map.of("code", code)).list();
            if (holders.isEmpty()) {
                throw new NoSuchElementException("no provision with code " + code);
            }
            List<ProvisionView.ProvisionVersion> versions = new ArrayList<>();
            List<VersionSummary> vs = new ArrayList<>();
            for (Record r : holders) {
                VersionSummary v = version(r.get("v").asNode());
                vs.add(v);
                versions.add(new ProvisionView.ProvisionVersion(v.id(), v.date(), v.validity(), r.get("text").asString(null)));
            }
            String key;
            if (codeOrKey.contains("@")) {
                key = codeOrKey;
                if (holders.stream().noneMatch(r -> r.get("key").asString().equals(codeOrKey))) {
                    throw new NoSuchElementException("no provision " + codeOrKey);
                }
            } else {
                VersionSummary chosen = current(vs).orElseThrow();
                key = GraphKeys.provisionKey(code, chosen.id());
            }
            Map<String, Object> k = Map.of("key", key);
            Record main = s.run("MATCH (p:Provision {key: $key}) MATCH (l:Law {code: p.lawCode}) "
                    + "OPTIONAL MATCH (parent:Provision)-[:CONTAINS]->(p) RETURN p, l, parent", k).single();
            Node p = main.get("p").asNode();
            Node parent = main.get("parent").isNull() ? null : main.get("parent").asNode();
            List<ProvisionSummary> children = s.run("MATCH (:Provision {key: $key})-[:CONTAINS]->(c) RETURN c ORDER BY c.ordinal", k)
                    .list(r -> provisionSummary(r.get("c").asNode()));
            List<CitationLink> out = new ArrayList<>(s.run(
                    "MATCH (:Provision {key: $key})-[:CONTAINS*0..4]->(d)-[r:CITES]->(t) "
                            + "OPTIONAL MATCH (tl:Law {code: coalesce(t.lawCode, t.code)}) "
                            + "OPTIONAL MATCH (ta:Provision {level: '条'})-[:CONTAINS*1..3]->(t) "
                            + "RETURN d.code AS via, r.text AS text, t.code AS code, coalesce(ta.label, '') + coalesce(t.label, '') AS label, "
                            + "tl.title AS title "
                            + "ORDER BY d.ordinal LIMIT " + MAX_CITATIONS, k)
                    .list(r -> new CitationLink(r.get("code").asString(null), r.get("title").asString(null),
                            r.get("label").asString(null), r.get("text").asString(null), "RESOLVED", r.get("via").asString(null))));
            out.addAll(s.run("MATCH (:Provision {key: $key})-[:CONTAINS*0..4]->(d)-[r:CITES_UNRESOLVED]->(m) "
                            + "RETURN d.code AS via, r.text AS text, r.status AS status, r.targetCode AS code, m.title AS title "
                            + "ORDER BY d.ordinal LIMIT " + MAX_CITATIONS, k)
                    .list(r -> new CitationLink(r.get("code").asString(null), r.get("title").asString(null), null,
                            r.get("text").asString(null), r.get("status").asString(null), r.get("via").asString(null))));
            List<CitationLink> in = s.run("MATCH (:Provision {key: $key})-[:CONTAINS*0..4]->(d)<-[r:CITES]-(src:Provision) "
                            + "MATCH (sl:Law {code: src.lawCode}) "
                            + "OPTIONAL MATCH (sa:Provision {level: '条'})-[:CONTAINS*1..3]->(src) "
                            + "RETURN d.code AS via, r.text AS text, src.code AS code, coalesce(sa.label, '') + src.label AS label, sl.title AS title, "
                            + "src.versionId AS vid ORDER BY sl.title, src.ordinal LIMIT " + MAX_CITATIONS, k)
                    .list(r -> new CitationLink(r.get("code").asString(null), r.get("title").asString(null),
                            r.get("label").asString(null), r.get("text").asString(null), "RESOLVED", r.get("via").asString(null)));
            Node law = main.get("l").asNode();
            List<VersionSummary> lawVersions = s.run("MATCH (:Law {code: $code})-[:HAS_VERSION]->(v) RETURN v",
                    Map.of("code", law.get("code").asString())).list(r -> version(r.get("v").asNode()));
            return new ProvisionView(code, p.get("versionId").asString(), summary(law, lawVersions), str(p, "level"),
                    str(p, "label"), str(p, "text"), parent == null ? null : provisionSummary(parent), children,
                    out, in, versions, "条".equals(str(p, "level")) ? PenaltyJson.read(str(p, "penalty"), str(p, "text")) : null);
        }
    }

    /** Laws whose title or short title contains {@code title}, shortest titles first. */
    public List<LawSummary> findLaws(String title, int limit) {
        try (Session s = driver.session()) {
            return s.run("MATCH (l:Law) WHERE l.title CONTAINS $t OR l.shortTitle CONTAINS $t "
                            + "RETURN l ORDER BY size(l.title), l.title LIMIT $limit", Map.of("t", title, "limit", limit))
                    .list(r -> r.get("l").asNode()).stream().map(n -> lawSummary(s, n)).toList();
        }
    }

    /** Number of nodes per label and relationships per type, for reports and tests. */
    public Map<String, Long> counts() {
        try (Session s = driver.session()) {
            Map<String, Long> out = new java.util.TreeMap<>();
            for (String label : List.of("Law", "LawVersion", "Provision", "CitedLaw")) {
                out.put(label, s.run("MATCH (n:" + label + ") RETURN count(n) AS c").single().get("c").asLong());
            }
            for (String type : List.of("HAS_VERSION", "HAS", "CONTAINS", "CITES", "CITES_UNRESOLVED", "SUPERSEDES", "IMPLEMENTS")) {
                out.put(type, s.run("MATCH ()-[r:" + type + "]->() RETURN count(r) AS c").single().get("c").asLong());
            }
            return out;
        }
    }

    private static LawSummary lawSummary(Session s, Node law) {
        List<VersionSummary> versions = s.run("MATCH (:Law {code: $code})-[:HAS_VERSION]->(v) RETURN v",
                Map.of("code", law.get("code").asString())).list(r -> version(r.get("v").asNode()));
        return summary(law, versions);
    }

    private static LawSummary summary(Node law, List<VersionSummary> versions) {
        Optional<VersionSummary> cur = current(versions);
        return new LawSummary(str(law, "code"), str(law, "title"), str(law, "shortTitle"), str(law, "level"),
                str(law, "region"), cur.map(VersionSummary::id).orElse(null), cur.map(VersionSummary::validity).orElse(null));
    }

    /** The version in force, else the newest one. */
    static Optional<VersionSummary> current(List<VersionSummary> versions) {
        Comparator<VersionSummary> byDate = Comparator.comparing(VersionSummary::date, Comparator.nullsFirst(Comparator.naturalOrder()));
        Optional<VersionSummary> inForce = versions.stream().filter(v -> "有效".equals(v.validity())).max(byDate);
        return inForce.isPresent() ? inForce : versions.stream().max(byDate);
    }

    private static VersionSummary version(Node v) {
        return new VersionSummary(str(v, "id"), str(v, "title"), date(v, "date"), date(v, "promulgated"), date(v, "effective"),
                str(v, "validity"), str(v, "docNumber"), str(v, "sourceFile"));
    }

    private static ProvisionSummary provisionSummary(Node p) {
        return new ProvisionSummary(str(p, "code"), str(p, "level"), str(p, "label"), str(p, "text"));
    }

    private static String str(Node n, String key) {
        Value v = n.get(key);
        return v.isNull() ? null : v.asString();
    }

    private static LocalDate date(Node n, String key) {
        Value v = n.get(key);
        return v.isNull() ? null : v.asLocalDate();
    }
}
