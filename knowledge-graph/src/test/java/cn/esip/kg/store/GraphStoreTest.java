package cn.esip.kg.store;

import cn.esip.kg.domain.LawVersion;
import cn.esip.kg.testing.LawFixture;
import cn.esip.kg.testing.SampleCorpus;
import cn.esip.kg.view.CitationLink;
import cn.esip.kg.view.LawSummary;
import cn.esip.kg.view.LawView;
import cn.esip.kg.view.ProvisionSummary;
import cn.esip.kg.view.ProvisionView;
import cn.esip.kg.view.VersionSummary;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The graph store against a real embedded Neo4j (one per class), through the driver over Bolt. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GraphStoreTest {

    @TempDir
    static Path data;
    static GraphConnection connection;
    static GraphReader reader;

    @BeforeAll
    static void start() {
        // a path with "." in it, as the default data directory ./data gives: Neo4j refuses unnormalised paths
        connection = GraphConnection.open(Neo4jSettings.embedded(data.resolve(".").resolve("store")));
        new GraphWriter(connection.driver()).replaceAll(SampleCorpus.versions(), SampleCorpus.relations(), d -> { });
        reader = new GraphReader(connection.driver());
    }

    @AfterAll
    static void stop() {
        connection.close();
    }

    @Test
    @Order(1)
    void writesLawsVersionsProvisionsAndRelations() {
        Map<String, Long> c = reader.counts();
        assertThat(c.get("Law")).isEqualTo(4);
        assertThat(c.get("LawVersion")).isEqualTo(5);
        long provisions = SampleCorpus.versions().stream().mapToLong(v -> v.provisions().size()).sum();
        assertThat(c.get("Provision")).isEqualTo(provisions);
        long topLevel = SampleCorpus.versions().stream().flatMap(v -> v.provisions().stream()).filter(p -> p.parentCode() == null).count();
        assertThat(c.get("HAS")).isEqualTo(topLevel);
        assertThat(c.get("SUPERSEDES")).isEqualTo(1);
        assertThat(c.get("IMPLEMENTS")).isEqualTo(1);
        assertThat(c.get("CITES")).isEqualTo(4);
        assertThat(c.get("CITES_UNRESOLVED")).isEqualTo(1);
        assertThat(connection.description()).contains("embedded Neo4j").contains("bolt://127.0.0.1:");
    }

    @Test
    @Order(2)
    void lawShowsVersionsChildrenAndImplementingRules() {
        LawView penalty = reader.law(SampleCorpus.PENALTY);
        assertThat(penalty.law().title()).isEqualTo("中华人民共和国行政处罚法");
        assertThat(penalty.law().validity()).isEqualTo("有效");
        assertThat(penalty.versions()).extracting(VersionSummary::id)
                .containsExactly(SampleCorpus.PENALTY + "@2017-09-01", SampleCorpus.PENALTY + "@2021-01-22");
        assertThat(penalty.shownVersion().id()).isEqualTo(SampleCorpus.PENALTY + "@2021-01-22");
        assertThat(penalty.children()).extracting(ProvisionSummary::label).containsExactly("第一章 总则", "第五章 行政处罚的决定");

        LawView old = reader.law(SampleCorpus.PENALTY + "@2017-09-01");
        assertThat(old.shownVersion().validity()).isEqualTo("已修改");

        LawView food = reader.law(SampleCorpus.FOOD);
        assertThat(food.implementedBy()).extracting(LawSummary::code).containsExactly(SampleCorpus.FOOD_RULES);
        assertThat(reader.law(SampleCorpus.FOOD_RULES).implementsLaws()).extracting(LawSummary::code).containsExactly(SampleCorpus.FOOD);
        // a rule without chapters lists its articles
        assertThat(reader.law(SampleCorpus.LOCAL).children()).extracting(ProvisionSummary::level).containsOnly("条");
        assertThatThrownBy(() -> reader.law("11-100000-1999-0009")).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    @Order(3)
    void provisionShowsCitationsOutAndInAndItsVersions() {
        String a51 = LawFixture.code(SampleCorpus.PENALTY, 51, 0, 0);
        ProvisionView p = reader.provision(a51);
        assertThat(p.versionId()).isEqualTo(SampleCorpus.PENALTY + "@2021-01-22");
        assertThat(p.parent().label()).isEqualTo("第五章 行政处罚的决定");
        assertThat(p.children()).extracting(ProvisionSummary::code)
                .containsExactly(LawFixture.code(SampleCorpus.PENALTY, 51, 1, 0), LawFixture.code(SampleCorpus.PENALTY, 51, 2, 0));
        assertThat(p.citesOut()).extracting(CitationLink::code).containsExactly(LawFixture.code(SampleCorpus.PENALTY, 9, 0, 0));
        assertThat(p.citedBy()).extracting(CitationLink::lawTitle).containsExactly("中华人民共和国食品安全法");
        assertThat(p.citedBy().get(0).code()).isEqualTo(LawFixture.code(SampleCorpus.FOOD, 124, 2, 0));
        assertThat(p.versions()).extracting(ProvisionView.ProvisionVersion::date).hasSize(2);
        assertThat(p.versions().get(0).text()).contains("五十元以下");

        ProvisionView food124 = reader.provision(LawFixture.code(SampleCorpus.FOOD, 124, 0, 0));
        try (var session = connection.driver().session()) {
            String stored = session.run("MATCH (p:Provision {code: $c}) RETURN p.penalty AS j",
                    Map.of("c", LawFixture.code(SampleCorpus.FOOD, 124, 0, 0))).single().get("j").asString(null);
            assertThat(stored).as("penalty facts stored at import").contains("没收违法所得");
        }
        assertThat(food124.penalty().types()).containsExactly("罚款", "没收违法所得", "没收非法财物");
        assertThat(reader.provision(LawFixture.code(SampleCorpus.FOOD, 1, 0, 0)).penalty()).isNull();
        Map<String, String> out = food124.citesOut().stream()
                .collect(Collectors.toMap(CitationLink::text, CitationLink::status));
        assertThat(out).containsEntry("《中华人民共和国行政处罚法》第五十一条", "RESOLVED")
                .containsEntry("《食品添加剂管理条例》第三条", "TARGET_LAW_MISSING");
        assertThat(food124.citesOut()).filteredOn(l -> l.status().equals("TARGET_LAW_MISSING"))
                .extracting(CitationLink::lawTitle).containsExactly("食品添加剂管理条例");
        assertThat(food124.citedBy()).extracting(CitationLink::code).containsExactly(LawFixture.code(SampleCorpus.FOOD_RULES, 2, 1, 0));

        ProvisionView old = reader.provision(a51 + "@2017-09-01");
        assertThat(old.text()).contains("五十元以下");
        assertThatThrownBy(() -> reader.provision(LawFixture.code(SampleCorpus.PENALTY, 99, 0, 0)))
                .isInstanceOf(NoSuchElementException.class);
    }

    @Test
    @Order(4)
    void findsLawsByTitle() {
        assertThat(reader.findLaws("食品安全法", 10)).extracting(LawSummary::code)
                .containsExactly(SampleCorpus.FOOD, SampleCorpus.FOOD_RULES);
        assertThat(reader.findLaws("没有这部法", 10)).isEmpty();
    }

    @Test
    @Order(5)
    void reimportingTheSameCorpusGivesTheSameGraph() {
        Map<String, Long> before = reader.counts();
        String before51 = reader.provision(LawFixture.code(SampleCorpus.PENALTY, 51, 0, 0)).toString();
        new GraphWriter(connection.driver()).replaceAll(SampleCorpus.versions(), SampleCorpus.relations(), d -> { });
        assertThat(reader.counts()).isEqualTo(before);
        assertThat(reader.provision(LawFixture.code(SampleCorpus.PENALTY, 51, 0, 0)).toString()).isEqualTo(before51);
    }

    @Test
    @Order(7)
    void anExternalServerIsReachedThroughItsUri() {
        // the embedded database stands in for an external server: only its Bolt address is used
        String uri = connection.embeddedBoltUri().orElseThrow();
        try (GraphConnection external = GraphConnection.open(new Neo4jSettings(data, uri, "neo4j", "unused"))) {
            assertThat(external.description()).isEqualTo("Neo4j at " + uri);
            assertThat(external.embeddedBoltUri()).isEmpty();
            assertThat(new GraphReader(external.driver()).counts()).isEqualTo(reader.counts());
        }
        assertThatThrownBy(() -> GraphConnection.open(new Neo4jSettings(data, "bolt://127.0.0.1:1", "neo4j", "x")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("cannot reach Neo4j");
    }

    @Test
    @Order(6)
    void aLawDroppedFromTheCorpusLeavesTheGraph() {
        List<LawVersion> fewer = SampleCorpus.versions().stream().filter(v -> !v.lawCode().equals(SampleCorpus.LOCAL)).toList();
        new GraphWriter(connection.driver()).replaceAll(fewer, SampleCorpus.relations(), d -> { });
        assertThat(reader.counts().get("Law")).isEqualTo(3);
        assertThatThrownBy(() -> reader.law(SampleCorpus.LOCAL)).isInstanceOf(NoSuchElementException.class);
        new GraphWriter(connection.driver()).replaceAll(SampleCorpus.versions(), SampleCorpus.relations(), d -> { });
        assertThat(reader.counts().get("Law")).isEqualTo(4);
    }
}
