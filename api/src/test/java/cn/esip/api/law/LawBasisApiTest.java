package cn.esip.api.law;

import cn.esip.api.EsipApplication;
import cn.esip.api.TestTokens;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 法条推荐, QA and hybrid search over REST, on a corpus of our own: the server imports it, builds the vectors with the
 * real encoder in the background (searches say bm25 until then), and then answers in hybrid mode.
 */
@SpringBootTest(classes = EsipApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class LawBasisApiTest {

    static Path data;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry r) throws URISyntaxException, IOException {
        Path corpus = Path.of(LawBasisApiTest.class.getResource("/law-basis-corpus").toURI());
        data = Files.createTempDirectory("esip-law-basis");
        r.add("esip.data-dir", data::toString);
        r.add("esip.corpus", corpus::toString);
    }

    @Autowired
    TestRestTemplate http;
    @Autowired
    ApplicationContext context;
    @Autowired
    LawIndexBootstrap bootstrap;

    final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void waitForVectors() throws InterruptedException {
        TestTokens.authorize(http, context);
        long deadline = System.currentTimeMillis() + 180_000;
        while (!"ready".equals(bootstrap.vectors()) && System.currentTimeMillis() < deadline) {
            assertThat(bootstrap.state()).isNotIn(LawIndexBootstrap.State.FAILED, LawIndexBootstrap.State.NO_INDEX);
            assertThat(bootstrap.vectors()).doesNotStartWith("failed");
            Thread.sleep(200);
        }
        assertThat(bootstrap.vectors()).isEqualTo("ready");
    }

    private JsonNode post(String url, String body, int status) throws IOException {
        HttpHeaders h = new HttpHeaders();
        h.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> r = http.postForEntity(url, new HttpEntity<>(body, h), String.class);
        assertThat(r.getStatusCode().value()).as(url + " -> " + r.getBody()).isEqualTo(status);
        if (status >= 400) {
            assertThat(r.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        }
        return json.readTree(r.getBody());
    }

    /** One citation resolver: the CLI's extract on the server's data directory answers exactly as REST does. */
    @Test
    void cliExtractAgreesWithRestOnTheSameDocument() throws Exception {
        String text = "经查，当事人经营的旅馆未按规定登记住宿旅客信息，违反了《旅馆业治安管理办法》第六条的规定。"
                + "依据《旅馆业治安管理办法》第十六条，决定处罚款五百元。";
        JsonNode rest = post("/api/v1/nlp/extract", json.writeValueAsString(java.util.Map.of("text", text)), 200);
        Path doc = Files.createTempFile(data, "doc", ".txt");
        Files.writeString(doc, text);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.PrintStream before = System.out;
        System.setOut(new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8));
        int rc;
        try {
            rc = cn.esip.api.cli.EsipMain.commandLine().execute("extract", "--data", data.toString(), doc.toString());
        } finally {
            System.setOut(before);
        }
        assertThat(rc).isZero();
        JsonNode cli = json.readTree(out.toString(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(cli).isEqualTo(rest);
        assertThat(rest.toString()).contains("20-100000-2020-0001/0006").contains("20-100000-2020-0001/0016");
    }

    @Test
    void searchIsHybridOnceVectorsAreBuilt() throws IOException {
        ResponseEntity<String> r = http.getForEntity("/api/v1/search?q=酒店不查身份证就让客人入住", String.class);
        JsonNode body = json.readTree(r.getBody());
        assertThat(body.get("mode").asText()).isEqualTo("hybrid");
        JsonNode first = body.get("hits").get(0);
        assertThat(first.get("title").asText()).isEqualTo("旅馆业治安管理办法");
        assertThat(first.get("articleNumber").asInt()).isIn(6, 16);
        assertThat(first.get("provisionCode").asText()).isEqualTo(first.get("code").asText());
        assertThat(json.readTree(http.getForEntity("/api/v1/search?q=旅客&mode=bm25", String.class).getBody())
                .get("mode").asText()).isEqualTo("bm25");
        JsonNode status = json.readTree(http.getForEntity("/api/v1/status", String.class).getBody());
        assertThat(status.get("index").asText()).isEqualTo("READY");
        assertThat(status.get("vectors").asText()).isEqualTo("ready");
        assertThat(status.get("typicalCases").asInt()).isEqualTo(1);
    }

    @Test
    void recommendsThePenaltyProvisionWithItsObligationAndRange() throws IOException {
        JsonNode r = post("/api/v1/recommend", "{\"facts\":\"经查，某民宿前台人员未核对入住客人的身份证件，也未登记其姓名和证件号码。\"}", 200);
        JsonNode first = r.get("penalties").get(0);
        assertThat(first.get("provision").get("articleNumber").asInt()).isEqualTo(16);
        assertThat(first.get("obligations").get(0).get("article").asText()).isEqualTo("第六条");
        JsonNode penalty = first.get("penalty");
        assertThat(penalty.get("types").toString()).contains("罚款");
        assertThat(penalty.get("corrective").asBoolean()).isTrue();
        assertThat(penalty.get("fines").get(0).get("min").asInt()).isEqualTo(200);
        assertThat(penalty.get("fines").get(0).get("max").asInt()).isEqualTo(500);
        JsonNode kase = r.get("cases").get(0);
        assertThat(kase.get("typicalCase").get("name").asText()).isEqualTo("样例-某快捷酒店未登记住宿旅客身份信息案");
        assertThat(kase.get("sharedProvisions").get(0).asText()).isEqualTo(first.get("provision").get("provisionCode").asText());
    }

    @Test
    void answersWithAQuotedSentenceAndItsCitationOrAbstains() throws IOException {
        JsonNode a = post("/api/v1/qa", "{\"question\":\"对旅馆的处罚决定不服，多少日内可以申请行政复议？\"}", 200);
        assertThat(a.get("abstained").asBoolean()).isFalse();
        assertThat(a.get("answer").asText()).contains("十五日内");
        JsonNode c = a.get("citations").get(0);
        assertThat(c.get("article").asText()).isEqualTo("第十七条");
        assertThat(c.get("quote").asText()).isEqualTo(a.get("answer").asText());

        JsonNode none = post("/api/v1/qa", "{\"question\":\"外国人申请永久居留需要满足哪些条件？\"}", 200);
        assertThat(none.get("abstained").asBoolean()).isTrue();
        assertThat(none.get("answer").asText()).isEqualTo("未找到可靠依据");
    }

    @Test
    void badInputIsAProblem() throws IOException {
        post("/api/v1/recommend", "{\"facts\":\"\"}", 400);
        post("/api/v1/recommend", "{\"facts\":\"" + "某".repeat(2001) + "\"}", 400);
        post("/api/v1/recommend", "{\"facts\":\"未登记\",\"top\":0}", 400);
        post("/api/v1/recommend", "{\"facts\":\"未登记\",\"region\":\"浙江\"}", 400);
        post("/api/v1/qa", "{}", 400);
        post("/api/v1/qa", "{\"question\":\"" + "问".repeat(501) + "\"}", 400);
        post("/api/v1/qa", "not json", 400);
    }
}
