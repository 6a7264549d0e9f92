package cn.esip.api.security;

import cn.esip.api.EsipApplication;
import cn.esip.api.apps.AppRegistry;
import cn.esip.api.apps.ClientApp;
import cn.esip.api.audit.AuditTrail;
import cn.esip.api.auth.SigningKeys;
import cn.esip.api.auth.TokenService;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The secured interface end to end on a real server: applications, the token endpoint, Spring Security's
 * resource server with the platform's keys, scopes, suspension, rotation of secrets and keys, rate limits,
 * and the audit trail of what happened.
 */
// metrics exporters (Prometheus) are off in Spring Boot tests unless asked for
@org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability
@SpringBootTest(classes = EsipApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecurityApiTest {

    static final Path DATA = temp();

    static Path temp() {
        try {
            return Files.createTempDirectory("esip-security");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry r) {
        r.add("esip.data-dir", DATA::toString);
        r.add("esip.import-on-start", () -> "false");
    }

    @AfterAll
    static void cleanUp() throws IOException {
        try (Stream<Path> s = Files.walk(DATA)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Autowired
    TestRestTemplate http;
    @Autowired
    AppRegistry apps;
    @Autowired
    TokenService tokens;
    @Autowired
    SigningKeys keys;
    @Autowired
    AuditTrail audit;

    final ObjectMapper json = new ObjectMapper();

    private ResponseEntity<String> call(HttpMethod method, String url, String token, Object body) {
        HttpHeaders h = new HttpHeaders();
        if (token != null) {
            h.setBearerAuth(token);
        }
        if (body != null) {
            h.setContentType(MediaType.APPLICATION_JSON);
        }
        return http.exchange(url, method, new HttpEntity<>(body, h), String.class);
    }

    private ResponseEntity<String> get(String url, String token) {
        return call(HttpMethod.GET, url, token, null);
    }

    private static void assertProblem(ResponseEntity<String> r, int status) {
        assertThat(r.getStatusCode().value()).as(r.getBody()).isEqualTo(status);
        assertThat(r.getHeaders().getContentType()).isNotNull();
        assertThat(r.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).as(r.getBody()).isTrue();
    }

    private ResponseEntity<String> tokenRequest(String id, String secret, String scope) {
        HttpHeaders h = new HttpHeaders();
        h.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        String form = "grant_type=client_credentials&client_id=" + id + "&client_secret=" + secret
                + (scope == null ? "" : "&scope=" + scope);
        return http.exchange("/api/v1/auth/token", HttpMethod.POST, new HttpEntity<>(form, h), String.class);
    }

    private String token(AppRegistry.Issued app, String scope) throws IOException {
        ResponseEntity<String> r = tokenRequest(app.app().id(), app.secret(), scope);
        assertThat(r.getStatusCode().value()).as(r.getBody()).isEqualTo(200);
        assertThat(r.getHeaders().getCacheControl()).contains("no-store");
        JsonNode t = json.readTree(r.getBody());
        assertThat(t.get("token_type").asText()).isEqualTo("Bearer");
        assertThat(t.get("expires_in").asLong()).isBetween(3500L, 3600L);
        return t.get("access_token").asText();
    }

    /** Any answer but a refusal by the security layer (the law index is not loaded here: 503 is fine). */
    private static void assertPassedSecurity(ResponseEntity<String> r) {
        assertThat(r.getStatusCode().value()).as(r.getBody()).isNotIn(401, 403, 429);
    }

    @Test
    void withoutATokenEverythingButHealthAndTheTokenEndpointIsRefused() {
        for (String url : new String[]{"/api/v1/search?q=罚款", "/api/v1/laws", "/api/v1/reviews", "/api/v1/admin/apps",
                "/actuator/prometheus", "/actuator/metrics", "/v3/api-docs", "/api/v1/rule-sets", "/no/such/route"}) {
            ResponseEntity<String> r = get(url, null);
            assertProblem(r, 401);
            assertThat(r.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Bearer");
        }
        assertProblem(call(HttpMethod.POST, "/api/v1/nlp/segment", null, Map.of("text", "当事人")), 401);
        assertThat(get("/actuator/health", null).getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void aTokenFromTheTokenEndpointOpensTheRoutesOfItsScopesOnly() throws IOException {
        AppRegistry.Issued app = apps.add("办案系统", "某市市场监管局", Set.of(Scope.LAW_READ, Scope.NLP), 1000, null);
        String t = token(app, null);
        assertPassedSecurity(get("/api/v1/laws", t));
        ResponseEntity<String> seg = call(HttpMethod.POST, "/api/v1/nlp/segment", t, Map.of("text", "当事人销售过期食品。"));
        assertThat(seg.getStatusCode().value()).as(seg.getBody()).isEqualTo(200);
        // a route of another scope
        ResponseEntity<String> denied = get("/api/v1/reviews", t);
        assertProblem(denied, 403);
        assertThat(json.readTree(denied.getBody()).get("requiredScope").asText()).isEqualTo("review");
        assertProblem(get("/api/v1/admin/apps", t), 403);
        // a token for fewer scopes than granted
        String narrow = token(app, "law:read");
        assertProblem(call(HttpMethod.POST, "/api/v1/nlp/segment", narrow, Map.of("text", "x")), 403);
        // asking for a scope not granted
        ResponseEntity<String> over = tokenRequest(app.app().id(), app.secret(), "admin");
        assertProblem(over, 400);
        assertThat(json.readTree(over.getBody()).get("error").asText()).isEqualTo("invalid_scope");
        // JSON body and HTTP Basic work as well
        ResponseEntity<String> viaJson = call(HttpMethod.POST, "/api/v1/auth/token", null,
                Map.of("client_id", app.app().id(), "client_secret", app.secret()));
        assertThat(viaJson.getStatusCode().value()).isEqualTo(200);
        HttpHeaders basic = new HttpHeaders();
        basic.setBasicAuth(app.app().id(), app.secret());
        basic.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        assertThat(http.exchange("/api/v1/auth/token", HttpMethod.POST, new HttpEntity<>("grant_type=client_credentials", basic),
                String.class).getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void wrongSecretsAndBadTokensAreRefused() throws IOException {
        AppRegistry.Issued app = apps.add("一", "", Set.of(Scope.LAW_READ), 1000, null);
        ResponseEntity<String> wrong = tokenRequest(app.app().id(), "not-the-secret", null);
        assertProblem(wrong, 401);
        assertThat(json.readTree(wrong.getBody()).get("error").asText()).isEqualTo("invalid_client");
        assertProblem(tokenRequest("app-nosuchapp", app.secret(), null), 401);

        String good = token(app, null);
        assertProblem(get("/api/v1/laws", "not.a.jwt"), 401);
        // tampered: the payload altered, the signature kept
        String[] parts = good.split("\\.");
        String payload = new String(java.util.Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("law:read", "admin");
        String tampered = parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        assertProblem(get("/api/v1/admin/apps", tampered), 401);
        // expired: issued two hours ago with a one-hour lifetime
        Clock past = Clock.fixed(Instant.now().minus(Duration.ofHours(2)), ZoneOffset.UTC);
        String expired = new TokenService(keys, apps, Duration.ofHours(1), past)
                .issue(app.app().id(), app.secret(), Set.of()).orElseThrow().accessToken();
        ResponseEntity<String> exp = get("/api/v1/laws", expired);
        assertProblem(exp, 401);
        assertThat(exp.getBody()).contains("expired");
        // signed with a key the platform does not have
        Path other = Files.createTempDirectory("esip-other-keys");
        String foreign = new TokenService(new SigningKeys(other, Duration.ofHours(1), Clock.systemUTC()), apps,
                Duration.ofHours(1), Clock.systemUTC()).issue(app.app().id(), app.secret(), Set.of()).orElseThrow().accessToken();
        assertProblem(get("/api/v1/laws", foreign), 401);
        assertPassedSecurity(get("/api/v1/laws", good));
    }

    @Test
    void suspensionAndSecretRotationCutOffTokensAndKeyRotationDoesNot() throws IOException {
        AppRegistry.Issued app = apps.add("二", "", Set.of(Scope.LAW_READ), 1000, null);
        String before = token(app, null);
        apps.setStatus(app.app().id(), ClientApp.Status.SUSPENDED);
        assertProblem(get("/api/v1/laws", before), 401);
        assertProblem(tokenRequest(app.app().id(), app.secret(), null), 401);
        apps.setStatus(app.app().id(), ClientApp.Status.ACTIVE);
        assertPassedSecurity(get("/api/v1/laws", before));

        AppRegistry.Issued rotated = apps.rotateSecret(app.app().id());
        assertProblem(tokenRequest(app.app().id(), app.secret(), null), 401);
        assertProblem(get("/api/v1/laws", before), 401);
        String after = token(rotated, null);
        assertPassedSecurity(get("/api/v1/laws", after));

        String oldKeyId = keys.current().getKeyID();
        keys.rotate();
        assertThat(keys.current().getKeyID()).isNotEqualTo(oldKeyId);
        assertPassedSecurity(get("/api/v1/laws", after));
        String header = new String(java.util.Base64.getUrlDecoder().decode(token(rotated, null).split("\\.")[0]), StandardCharsets.UTF_8);
        assertThat(header).contains(keys.current().getKeyID());
    }

    @Test
    void overItsRateAnApplicationGets429WithRetryAfter() throws IOException {
        AppRegistry.Issued app = apps.add("三", "", Set.of(Scope.LAW_READ), 3, null);
        String t = token(app, null);
        for (int i = 0; i < 3; i++) {
            assertPassedSecurity(get("/api/v1/laws", t));
        }
        ResponseEntity<String> r = get("/api/v1/laws", t);
        assertProblem(r, 429);
        assertThat(Long.parseLong(r.getHeaders().getFirst(HttpHeaders.RETRY_AFTER))).isBetween(1L, 60L);
    }

    @Test
    void everyCallIsAuditedWithoutItsQueryStringAndMetricsArePerApplication() throws IOException {
        AppRegistry.Issued app = apps.add("四", "某区城管局", Set.of(Scope.LAW_READ, Scope.ADMIN), 1000, null);
        String t = token(app, null);
        String secretQuery = "/api/v1/search?q=张三110101199003071234";
        get(secretQuery, t);
        get("/api/v1/reviews", t);
        get("/api/v1/reviews", null);
        JsonNode records = json.readTree(get("/api/v1/admin/audit?app=" + app.app().id() + "&limit=1000", t).getBody());
        assertThat(records.isArray()).isTrue();
        boolean sawSearch = false;
        boolean sawDenied = false;
        for (JsonNode r : records) {
            assertThat(r.get("principal").asText()).isEqualTo(app.app().id());
            assertThat(r.get("agency").asText()).isEqualTo("某区城管局");
            assertThat(r.get("hash").asText()).hasSize(64);
            sawSearch |= r.get("route").asText().equals("/api/v1/search") && r.get("scope").asText().equals("law:read");
            sawDenied |= r.get("route").asText().startsWith("/api/v1/reviews") && r.get("status").asInt() == 403;
        }
        assertThat(sawSearch).isTrue();
        assertThat(sawDenied).as(records.toString()).isTrue();
        assertThat(audit.query(null, null, r -> r.principal().equals("anonymous") && r.status() == 401, 10)).isNotEmpty();
        try (Stream<Path> files = Files.list(DATA.resolve("audit"))) {
            for (Path f : files.toList()) {
                String text = Files.readString(f);
                assertThat(text).doesNotContain("张三").doesNotContain("110101199003071234").doesNotContain("q=");
            }
        }
        JsonNode v = json.readTree(get("/api/v1/admin/audit/verify", t).getBody());
        assertThat(v.get("intact").asBoolean()).as(v.toString()).isTrue();
        String prom = get("/actuator/prometheus", t).getBody();
        assertThat(prom).contains("esip_api_calls_seconds_count").contains("app=\"" + app.app().id() + "\"");
    }

    @Test
    void administratorsManageApplicationsOverRest() throws IOException {
        AppRegistry.Issued admin = apps.add("管理员", "", EnumSet.of(Scope.ADMIN), 1000, null);
        String t = token(admin, null);
        ResponseEntity<String> made = call(HttpMethod.POST, "/api/v1/admin/apps", t,
                Map.of("name", "12345热线", "agency", "市政务服务中心", "scopes", java.util.List.of("nlp", "law:read"), "ratePerMinute", 120));
        assertThat(made.getStatusCode().value()).as(made.getBody()).isEqualTo(201);
        JsonNode m = json.readTree(made.getBody());
        String id = m.get("id").asText();
        assertThat(m.get("secret").asText()).hasSizeGreaterThan(30);
        assertThat(Files.readString(apps.file())).doesNotContain(m.get("secret").asText());
        String listed = get("/api/v1/admin/apps", t).getBody();
        assertThat(listed).contains(id).doesNotContain("secretHash").doesNotContain(m.get("secret").asText());
        assertThat(call(HttpMethod.POST, "/api/v1/admin/apps/" + id + "/suspend", t, null).getBody()).contains("suspended");
        assertProblem(tokenRequest(id, m.get("secret").asText(), null), 401);
        assertProblem(call(HttpMethod.POST, "/api/v1/admin/apps", t, Map.of("name", "x", "scopes", java.util.List.of("everything"))), 400);
        assertThat(call(HttpMethod.DELETE, "/api/v1/admin/apps/" + id, t, null).getStatusCode().value()).isEqualTo(204);
        assertProblem(get("/api/v1/admin/apps/" + id, t), 404);
    }

    static final String RECORD = "询问笔录\n被询问人：王建国，男，1979年4月2日出生，身份证号：330106197904021237，"
            + "家庭住址：浙江省杭州市西湖区文三路18号3幢502室，联系电话：13957112345，固定电话：0571-87654321，"
            + "电子邮箱：wangjg79@163.com，开户银行：中国工商银行，账号：6222 0212 3456 7890 123。\n"
            + "执法人员：李明、赵敏，执法证号：33010012345、33010012346。\n"
            + "当事人杭州某某餐饮管理有限公司，统一社会信用代码：91330106MA2B3C4D5E，法定代表人：陈海。\n"
            + "问：王建国，你与该公司是什么关系？答：我是店长。";

    @Test
    void personalDataIsMaskedForCallersWithoutThePiiScope() throws IOException {
        AppRegistry.Issued plain = apps.add("热线", "", Set.of(Scope.NLP), 1000, null);
        AppRegistry.Issued trusted = apps.add("办案", "", Set.of(Scope.NLP, Scope.PII), 1000, null);
        String t = token(plain, null);
        JsonNode masked = json.readTree(call(HttpMethod.POST, "/api/v1/nlp/deidentify", t, Map.of("text", RECORD)).getBody());
        String text = masked.get("text").asText();
        assertThat(text).contains("王某").doesNotContain("王建国").doesNotContain("建国")
                .contains("3301061979").doesNotContain("330106197904021237")
                .contains("139****2345").doesNotContain("13957112345")
                .doesNotContain("87654321").doesNotContain("wangjg79")
                .contains("浙江省杭州市西湖区").doesNotContain("文三路")
                .doesNotContain("7890 123")
                // officers, organisations and legal representatives act in office
                .contains("李明").contains("赵敏").contains("33010012345").contains("91330106MA2B3C4D5E").contains("陈海");
        assertThat(masked.get("masked").toString()).doesNotContain("王建国").contains("ID_NUMBER").contains("PERSON_NAME");

        // results of a service with personal data: masked without pii, as given with it
        String withoutPii = call(HttpMethod.POST, "/api/v1/nlp/extract", t, Map.of("text", RECORD)).getBody();
        assertThat(withoutPii).doesNotContain("王建国").doesNotContain("330106197904021237").doesNotContain("13957112345");
        String withPii = call(HttpMethod.POST, "/api/v1/nlp/extract", token(trusted, null), Map.of("text", RECORD)).getBody();
        assertThat(withPii).contains("王建国").contains("330106197904021237");
    }
}
