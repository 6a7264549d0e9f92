package cn.esip.api.law;

import cn.esip.api.EsipApplication;
import cn.esip.kg.service.LawKnowledgeBase;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import cn.esip.api.TestTokens;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * End to end: the server starts on an empty data directory, imports a small hand-written corpus into a real
 * embedded Neo4j and a Lucene index in the background, and answers through REST.
 */
@SpringBootTest(classes = EsipApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LawApiEndToEndTest {

    static final Path DATA;

    static {
        try {
            DATA = Files.createTempDirectory("esip-law-e2e");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry r) throws URISyntaxException {
        Path corpus = Path.of(LawApiEndToEndTest.class.getResource("/law-corpus").toURI());
        r.add("esip.data-dir", DATA::toString);
        r.add("esip.corpus", corpus::toString);
        r.add("esip.vectors-on-start", () -> "false");
    }

    @Autowired
    TestRestTemplate http;
    @Autowired
    ApplicationContext context;
    @Autowired
    LawIndexBootstrap bootstrap;
    @Autowired
    LawKnowledgeBase kb;

    final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void waitForImport() throws InterruptedException {
        TestTokens.authorize(http, context);
        long deadline = System.currentTimeMillis() + 180_000;
        while (bootstrap.state() != LawIndexBootstrap.State.READY && System.currentTimeMillis() < deadline) {
            assertThat(bootstrap.state()).isNotIn(LawIndexBootstrap.State.FAILED, LawIndexBootstrap.State.NO_INDEX);
            Thread.sleep(200);
        }
        assertThat(bootstrap.state()).isEqualTo(LawIndexBootstrap.State.READY);
    }

    @AfterAll
    static void cleanUp() throws IOException {
        try (Stream<Path> s = Files.walk(DATA)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private JsonNode get(String url, int status) throws IOException {
        ResponseEntity<String> r = http.getForEntity(url, String.class);
        assertThat(r.getStatusCode().value()).as(url + " -> " + r.getBody()).isEqualTo(status);
        if (status >= 400) {
            assertThat(r.getHeaders().getContentType()).isNotNull();
            assertThat(r.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        }
        return json.readTree(r.getBody());
    }

    private String penaltyArticle4() throws IOException {
        JsonNode hit = get("/api/v1/search?q=行政处罚法第四条", 200).get("hits").get(0);
        assertThat(hit.get("exact").asBoolean()).isTrue();
        assertThat(hit.get("article").asText()).isEqualTo("第四条");
        assertThat(hit.get("versionId").asText()).endsWith("@2021-01-22");
        return hit.get("code").asText();
    }

    @Test
    void importedTheCorpusIntoTheGraphAndTheIndex() {
        assertThat(kb.graphCounts()).containsEntry("Law", 4L).containsEntry("LawVersion", 5L).containsEntry("SUPERSEDES", 1L)
                .containsEntry("IMPLEMENTS", 1L);
        assertThat(kb.searcher().articles()).isEqualTo(3 + 5 + 3 + 2 + 2);
    }

    @Test
    void searchesWithHighlightsFiltersAndExactLookup() throws IOException {
        JsonNode r = get("/api/v1/search?q=罚款或者警告 当场作出行政处罚决定&top=5", 200);
        JsonNode first = r.get("hits").get(0);
        assertThat(first.get("title").asText()).isEqualTo("中华人民共和国行政处罚法");
        assertThat(first.get("validity").asText()).isEqualTo("有效");
        assertThat(first.get("snippet").asText()).contains("<em>");

        penaltyArticle4();
        JsonNode food = get("/api/v1/search?q=《食品安全法》第3条", 200).get("hits").get(0);
        assertThat(food.get("exact").asBoolean()).isTrue();
        assertThat(food.get("title").asText()).isEqualTo("中华人民共和国食品安全法");

        JsonNode old = get("/api/v1/search?q=当场 行政处罚决定&validOn=2018-06-01", 200);
        assertThat(old.get("count").asInt()).isPositive();
        old.get("hits").forEach(h -> assertThat(h.get("versionId").asText()).endsWith("@2017-09-01"));

        JsonNode local = get("/api/v1/search?q=食品&level=地方性法规", 200);
        assertThat(local.get("count").asInt()).isPositive();
        local.get("hits").forEach(h -> assertThat(h.get("region").asText()).isEqualTo("370000"));
        assertThat(get("/api/v1/search?q=食品&region=370000", 200).get("count").asInt()).isPositive();
    }

    @Test
    void readsLawsAndProvisionsFromTheGraph() throws IOException {
        JsonNode laws = get("/api/v1/laws?title=食品安全法", 200);
        List<String> titles = new ArrayList<>();
        laws.forEach(l -> titles.add(l.get("title").asText()));
        assertThat(titles).containsExactly("中华人民共和国食品安全法", "中华人民共和国食品安全法实施条例");

        String a4 = penaltyArticle4();
        String lawCode = a4.substring(0, a4.indexOf('/'));
        JsonNode law = get("/api/v1/laws/" + lawCode, 200);
        assertThat(law.get("versions")).hasSize(2);
        assertThat(law.get("children").get(0).get("label").asText()).isEqualTo("第一章 总则");
        assertThat(law.get("shownVersion").get("validity").asText()).isEqualTo("有效");

        JsonNode p = get("/api/v1/provisions/" + a4, 200);
        assertThat(p.get("label").asText()).isEqualTo("第四条");
        assertThat(p.get("children")).hasSize(2);
        List<String> citedBy = new ArrayList<>();
        p.get("citedBy").forEach(c -> citedBy.add(c.get("lawTitle").asText()));
        assertThat(citedBy).contains("中华人民共和国行政处罚法", "中华人民共和国食品安全法");

        String food3 = get("/api/v1/search?q=食品安全法第三条", 200).get("hits").get(0).get("code").asText();
        JsonNode f = get("/api/v1/provisions/" + food3, 200);
        List<String> out = new ArrayList<>();
        f.get("citesOut").forEach(c -> out.add(c.get("status").asText() + " " + c.get("lawTitle").asText()));
        assertThat(out).contains("RESOLVED 中华人民共和国行政处罚法", "TARGET_LAW_MISSING 食品添加剂管理条例");
    }

    @Test
    void badRequestsAndUnknownCodesAreProblems() throws IOException {
        assertThat(get("/api/v1/search?q=", 400).get("status").asInt()).isEqualTo(400);
        get("/api/v1/search", 400);
        get("/api/v1/search?q=罚款&top=101", 400);
        get("/api/v1/search?q=罚款&validOn=yesterday", 400);
        get("/api/v1/search?q=罚款&level=不存在", 400);
        get("/api/v1/search?q=" + "罚".repeat(2001), 400);
        get("/api/v1/search?q=罚款&mode=semantic", 400);
        assertThat(get("/api/v1/search?q=" + "某超市冷藏柜里摆着过期五天的酸奶仍在销售。".repeat(95), 200).get("mode").asText())
                .isEqualTo("bm25");
        assertThat(get("/api/v1/search?q=*:* title:(", 200).get("query").asText()).isEqualTo("*:* title:(");
        get("/api/v1/laws?title=食品&limit=0", 400);
        get("/api/v1/provisions/11-100000-1996-0001", 400);
        JsonNode missing = get("/api/v1/laws/11-100000-1900-0001", 404);
        assertThat(missing.get("detail").asText()).contains("11-100000-1900-0001");
        get("/api/v1/provisions/11-100000-1900-0001/00010000000", 404);
    }

    @Test
    void publishesTheOpenApiDocument() throws IOException {
        JsonNode doc = get("/v3/api-docs", 200);
        assertThat(doc.get("paths").has("/api/v1/search")).isTrue();
        assertThat(doc.get("paths").has("/api/v1/laws/{code}")).isTrue();
        assertThat(doc.get("paths").has("/api/v1/recommend")).isTrue();
        assertThat(doc.get("paths").has("/api/v1/qa")).isTrue();
    }

    @Test
    void nlpResolvesCitationsInCaseTextThroughTheLawIndex() throws IOException {
        String a4 = penaltyArticle4();
        String body = json.writeValueAsString(java.util.Map.of("text", "依据《中华人民共和国行政处罚法》第四条，决定给予警告。"));
        org.springframework.http.HttpHeaders h = new org.springframework.http.HttpHeaders();
        h.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> r = http.postForEntity("/api/v1/nlp/entities",
                new org.springframework.http.HttpEntity<>(body, h), String.class);
        assertThat(r.getStatusCode().value()).as(r.getBody()).isEqualTo(200);
        JsonNode citation = null;
        for (JsonNode e : json.readTree(r.getBody()).get("entities")) {
            if (e.get("label").asText().equals("LAW_CITATION")) {
                citation = e;
            }
        }
        assertThat(citation).as(r.getBody()).isNotNull();
        assertThat(citation.get("value").asText()).isEqualTo(a4);
        assertThat(citation.get("attributes").get("resolution").asText()).isEqualTo("RESOLVED");
    }
}
