package cn.esip.api.review;

import cn.esip.api.EsipApplication;
import cn.esip.api.law.LawIndexBootstrap;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import cn.esip.api.TestTokens;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 案卷评查 over REST on real engines: the server imports the two laws that two example case files cite into an
 * embedded Neo4j and Lucene, reviews the case files sent as ZIP or as documents, keeps the reviews in the graph,
 * records a reviewer's 复核, draws a task, and refuses bad uploads with problem+json while staying healthy.
 */
@SpringBootTest(classes = EsipApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReviewApiTest {

    static final Path SHARED = Stream.of(Path.of("..", "..", "shared"), Path.of("..", "shared"))
            .filter(p -> Files.isDirectory(p.resolve("cases"))).findFirst().orElse(Path.of("..", "..", "shared"));
    static final Path DATA;
    static final Path CORPUS;

    static {
        try {
            DATA = Files.createTempDirectory("esip-review-api");
            CORPUS = DATA.resolve("corpus");
            Path laws = SHARED.resolve("corpus/laws").toAbsolutePath();
            if (Files.isDirectory(laws)) {
                for (String f : List.of("行政法/行政处罚法(2021-01-22).md", "经济法/广告法(2021-04-29).md")) {
                    Path target = CORPUS.resolve(f);
                    Files.createDirectories(target.getParent());
                    Files.createSymbolicLink(target, laws.resolve(f));
                }
            }
            Files.createDirectories(CORPUS);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry r) {
        r.add("esip.data-dir", () -> DATA.resolve("data").toString());
        r.add("esip.corpus", CORPUS::toString);
    }

    @Autowired
    TestRestTemplate http;
    @Autowired
    ApplicationContext context;
    @Autowired
    LawIndexBootstrap bootstrap;

    final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void waitForImport() throws InterruptedException {
        TestTokens.authorize(http, context);
        Assumptions.assumeTrue(Files.isRegularFile(CORPUS.resolve("经济法/广告法(2021-04-29).md")), "needs ../shared");
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

    static byte[] zipOf(Path caseDir) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes); Stream<Path> files = Files.walk(caseDir)) {
            for (Path f : files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().equals("gold.json")).sorted().toList()) {
                z.putNextEntry(new ZipEntry(caseDir.relativize(f).toString().replace('\\', '/')));
                z.write(Files.readAllBytes(f));
                z.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    static HttpEntity<ByteArrayResource> part(String field, String filename, byte[] data) {
        HttpHeaders h = new HttpHeaders();
        h.setContentDispositionFormData(field, filename);
        return new HttpEntity<>(new ByteArrayResource(data) {
            @Override
            public String getFilename() {
                return filename;
            }
        }, h);
    }

    ResponseEntity<String> upload(MultiValueMap<String, Object> body) {
        HttpHeaders h = new HttpHeaders();
        h.setContentType(MediaType.MULTIPART_FORM_DATA);
        return http.postForEntity("/api/v1/reviews", new HttpEntity<>(body, h), String.class);
    }

    ResponseEntity<String> postJson(String url, Object body) {
        HttpHeaders h = new HttpHeaders();
        h.setContentType(MediaType.APPLICATION_JSON);
        return http.postForEntity(url, new HttpEntity<>(body, h), String.class);
    }

    @Test
    void reviewsDecidesDrawsAndCounts() throws IOException {
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("file", part("file", "c02-sc-advertising.zip", zipOf(SHARED.resolve("cases/c02-sc-advertising"))));
        ResponseEntity<String> r = upload(body);
        assertThat(r.getStatusCode().value()).as(r.getBody()).isEqualTo(201);
        JsonNode review = json.readTree(r.getBody());
        JsonNode report = review.get("report");
        assertThat(report.get("case").asText()).isEqualTo("c02-sc-advertising");
        assertThat(report.get("findings").findValuesAsText("kind"))
                .contains("LAW-CITE-MISSING", "DOC-AMOUNT-MISMATCH", "PROC-LEGAL-REVIEW");
        assertThat(review.get("reviewed").asBoolean()).isFalse();
        String id = review.get("id").asText();
        assertThat(r.getHeaders().getLocation()).hasToString("/api/v1/reviews/" + id);

        // the clean example, sent as separate documents with its case.json
        Path c01 = SHARED.resolve("cases/c01-js-advertising");
        MultiValueMap<String, Object> docs = new LinkedMultiValueMap<>();
        try (Stream<Path> files = Files.list(c01.resolve("documents"))) {
            for (Path f : files.sorted().toList()) {
                docs.add("documents", part("documents", f.getFileName().toString(), Files.readAllBytes(f)));
            }
        }
        docs.add("case", part("case", "case.json", Files.readAllBytes(c01.resolve("case.json"))));
        docs.add("name", "c01-js-advertising");
        ResponseEntity<String> clean = upload(docs);
        assertThat(clean.getStatusCode().value()).as(clean.getBody()).isEqualTo(201);
        assertThat(json.readTree(clean.getBody()).at("/report/findings").size()).isZero();
        assertThat(json.readTree(clean.getBody()).get("finalScore").asDouble()).isEqualTo(100.0);

        // readable reports
        HttpHeaders html = new HttpHeaders();
        html.setAccept(List.of(MediaType.TEXT_HTML));
        ResponseEntity<String> page = http.exchange("/api/v1/reviews/" + id, HttpMethod.GET, new HttpEntity<>(html), String.class);
        assertThat(page.getStatusCode().value()).isEqualTo(200);
        assertThat(page.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
        assertThat(page.getBody()).contains("贰拾万元");
        HttpHeaders pdf = new HttpHeaders();
        pdf.setAccept(List.of(MediaType.APPLICATION_PDF));
        ResponseEntity<byte[]> doc = http.exchange("/api/v1/reviews/" + id, HttpMethod.GET, new HttpEntity<>(pdf), byte[].class);
        assertThat(doc.getStatusCode().value()).isEqualTo(200);
        assertThat(new String(doc.getBody(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        // 复核: the reviewer rejects one finding; the final score is the reviewer's
        JsonNode finding = report.get("findings").get(0);
        ResponseEntity<String> decided = postJson("/api/v1/reviews/" + id + "/decisions", Map.of("reviewer", "李评查",
                "verdicts", List.of(Map.of("rule", finding.get("rule").asText(), "action", "reject", "note", "不成立")),
                "note", "复核"));
        assertThat(decided.getStatusCode().value()).as(decided.getBody()).isEqualTo(201);
        JsonNode after = json.readTree(decided.getBody());
        assertThat(after.get("reviewed").asBoolean()).isTrue();
        assertThat(after.get("finalScore").asDouble())
                .isEqualTo(report.get("score").asDouble() + finding.get("deducted").asDouble());

        ResponseEntity<String> badVerdict = postJson("/api/v1/reviews/" + id + "/decisions",
                Map.of("reviewer", "李评查", "verdicts", List.of(Map.of("rule", "NO-SUCH", "action", "confirm"))));
        assertThat(badVerdict.getStatusCode().value()).isEqualTo(400);
        assertThat(badVerdict.getHeaders().getContentType().toString()).contains("problem+json");

        // a random draw with a seed replays
        Map<String, Object> plan = Map.of("count", 1, "seed", 42, "reviewers", List.of("甲"));
        JsonNode p1 = json.readTree(postJson("/api/v1/review-plans", plan).getBody());
        JsonNode p2 = json.readTree(postJson("/api/v1/review-plans", plan).getBody());
        assertThat(p1.get("drawn")).isEqualTo(p2.get("drawn"));
        assertThat(p1.get("drawn").size()).isEqualTo(1);

        JsonNode stats = json.readTree(http.getForObject("/api/v1/review-stats?by=kind", String.class));
        assertThat(stats.get("groups").findValuesAsText("kind")).contains("DOC-AMOUNT-MISMATCH");
        JsonNode sets = json.readTree(http.getForObject("/api/v1/rule-sets", String.class));
        assertThat(sets.findValuesAsText("id")).contains("national@2021.1");
        JsonNode list = json.readTree(http.getForObject("/api/v1/reviews", String.class));
        assertThat(list.size()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void badUploadsGetProblemsAndTheServerStaysHealthy() throws IOException {
        // ../ in an entry name
        ByteArrayOutputStream slip = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(slip)) {
            z.putNextEntry(new ZipEntry("../../etc/documents/01-决定书.txt"));
            z.write("x".getBytes());
            z.closeEntry();
        }
        // a bomb: one entry of 600 MB of zeros compresses to well under a megabyte
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bomb)) {
            z.putNextEntry(new ZipEntry("documents/01-行政处罚决定书.txt"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 600; i++) {
                z.write(zeros);
            }
            z.closeEntry();
        }
        ByteArrayOutputStream empty = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(empty)) {
            z.putNextEntry(new ZipEntry("case.json"));
            z.write("{}".getBytes());
            z.closeEntry();
        }
        for (byte[] bad : List.of(slip.toByteArray(), bomb.toByteArray(), empty.toByteArray(), "not a zip".getBytes())) {
            MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
            body.add("file", part("file", "bad.zip", bad));
            ResponseEntity<String> r = upload(body);
            assertThat(r.getStatusCode().value()).as(r.getBody()).isEqualTo(400);
            assertThat(r.getHeaders().getContentType().toString()).contains("problem+json");
        }
        MultiValueMap<String, Object> unknownRules = new LinkedMultiValueMap<>();
        unknownRules.add("file", part("file", "c.zip", zipOf(SHARED.resolve("cases/c01-js-advertising"))));
        unknownRules.add("rules", "nowhere@9");
        assertThat(upload(unknownRules).getStatusCode().value()).isEqualTo(400);
        assertThat(http.getForEntity("/api/v1/reviews/00000000-0000-0000-0000-000000000000", String.class).getStatusCode().value()).isEqualTo(404);
        assertThat(http.getForEntity("/actuator/health", String.class).getStatusCode().value()).isEqualTo(200);
    }
}
