package cn.esip.api.web;

import cn.esip.api.EsipApplication;
import cn.esip.api.TestTokens;
import cn.esip.api.law.LawIndexBootstrap;
import cn.esip.api.security.Scope;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.MethodParameter;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile input on every endpoint the server maps, generated from its own handler table rather than picked
 * by hand: random bytes, invalid UTF-8, a 10 MB body, deeply nested JSON, wrong JSON types, Lucene and
 * Cypher syntax in every text parameter, path traversal in every path variable, multipart junk and a zip
 * bomb for uploads, 10 000 parameters. Every answer must be a 4xx problem+json (never HTML, never a 5xx
 * other than 503 for a capability that is not installed), and health must answer after each.
 */
@SpringBootTest(classes = EsipApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HostileInputTest {

    static final Path DATA = temp();

    static Path temp() {
        try {
            return Files.createTempDirectory("esip-hostile");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry r) throws URISyntaxException {
        Path corpus = Path.of(HostileInputTest.class.getResource("/law-corpus").toURI());
        r.add("esip.data-dir", DATA::toString);
        r.add("esip.corpus", corpus::toString);
    }

    @AfterAll
    static void cleanUp() throws IOException {
        try (Stream<Path> s = Files.walk(DATA)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    LawIndexBootstrap bootstrap;

    static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    static final List<String> INJECTIONS = List.of(
            "title:(*:* OR 1) AND body:[* TO *]~2^10 \"unclosed",
            "') MATCH (n) DETACH DELETE n //",
            "' OR 1=1 --", "{!xmlparser v='<x/>'}", "\\\\u0000\u0000", "${jndi:ldap://x/a}", "<script>alert(1)</script>",
            "第99999999999999999999条", "", " ", "-1", "NaN", "2026-13-45");
    static final String[] TRAVERSALS = {"..%2F..%2F..%2Fetc%2Fpasswd", "%2e%2e%2f%2e%2e%2fetc", "x%00y", "%E4%B8%AD%E6%96%87"};

    private String token;
    private final List<String> failures = new ArrayList<>();
    private int requests;

    /** One mapped route: method, pattern, its request parameters and whether it takes uploads. */
    record Route(String method, String pattern, List<String> params, boolean multipart) {
    }

    private List<Route> routes() {
        List<Route> out = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = e.getKey();
            List<String> params = new ArrayList<>();
            for (MethodParameter p : e.getValue().getMethodParameters()) {
                RequestParam rp = p.getParameterAnnotation(RequestParam.class);
                if (rp != null && !rp.value().isEmpty()) {
                    params.add(rp.value());
                } else if (rp != null && !rp.name().isEmpty()) {
                    params.add(rp.name());
                }
            }
            boolean multipart = info.getConsumesCondition().getConsumableMediaTypes().stream()
                    .anyMatch(m -> m.toString().startsWith("multipart"));
            for (String pattern : info.getPatternValues()) {
                if (pattern.equals("/error")) {
                    continue;
                }
                var methods = info.getMethodsCondition().getMethods();
                if (methods.isEmpty()) {
                    out.add(new Route("POST", pattern, params, multipart));
                    out.add(new Route("GET", pattern, params, multipart));
                }
                for (RequestMethod m : methods) {
                    out.add(new Route(m.name(), pattern, params, multipart));
                }
            }
        }
        out.sort(Comparator.comparing(Route::pattern).thenComparing(Route::method));
        return out;
    }

    private static String fill(String pattern, String value) {
        Matcher m = Pattern.compile("\\{[^}]+}").matcher(pattern);
        return m.replaceAll(Matcher.quoteReplacement(value));
    }

    private HttpResponse<String> send(String method, String pathAndQuery, String contentType, byte[] body) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
                    .timeout(Duration.ofSeconds(120)).header("Authorization", "Bearer " + token);
            if (contentType != null) {
                b.header("Content-Type", contentType);
            }
            HttpRequest.BodyPublisher pub = body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body);
            b.method(method, pub);
            requests++;
            return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException | InterruptedException | IllegalArgumentException e) {
            failures.add(method + " " + abbreviate(pathAndQuery) + ": no answer: " + e);
            return null;
        }
    }

    private void check(String what, HttpResponse<String> r) {
        if (r == null) {
            return;
        }
        int s = r.statusCode();
        String type = r.headers().firstValue("Content-Type").orElse("");
        String body = r.body() == null ? "" : r.body();
        boolean unavailable = s == 503 && type.startsWith("application/problem+json") && body.contains("Capability unavailable");
        if (s >= 500 && !unavailable) {
            failures.add(what + " -> " + s + " " + abbreviate(body));
        } else if (s >= 400 && !type.startsWith("application/problem+json")) {
            failures.add(what + " -> " + s + " with " + type + ": " + abbreviate(body));
        }
        HttpResponse<String> health = sendPlain("/actuator/health");
        if (health == null || health.statusCode() != 200) {
            failures.add(what + ": health check failed afterwards");
        }
    }

    private HttpResponse<String> sendPlain(String path) {
        try {
            return CLIENT.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            return null;
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 160 ? s.substring(0, 160) + "…" : s;
    }

    private static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private void waitForIndex() throws InterruptedException {
        long deadline = System.currentTimeMillis() + 180_000;
        while (bootstrap.state() != LawIndexBootstrap.State.READY && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
    }

    @Test
    void everyEndpointAnswersHostileInputWithA4xxProblemAndStaysUp() throws Exception {
        waitForIndex();
        token = TestTokens.token(context, EnumSet.allOf(Scope.class), 1_000_000);
        Random random = new Random(20261203);
        byte[] randomBytes = new byte[4096];
        random.nextBytes(randomBytes);
        byte[] badUtf8 = new byte[]{'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xff, (byte) 0xfe, (byte) 0xc3, '"', '}'};
        byte[] big = ("{\"text\":\"" + "罚".repeat(3_500_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        byte[] nested = ("[".repeat(100_000)).getBytes(StandardCharsets.US_ASCII);
        List<byte[]> wrongTypes = List.of("{\"text\":5,\"name\":[1],\"scopes\":\"x\",\"verdicts\":{},\"count\":\"many\"}".getBytes(),
                "[]".getBytes(), "null".getBytes(), "\"text\"".getBytes(), "{\"text\":{\"$gt\":\"\"}}".getBytes());
        List<Route> routes = routes();
        assertThat(routes).hasSizeGreaterThan(25);
        for (Route r : routes) {
            String path = fill(r.pattern(), "x");
            String name = r.method() + " " + r.pattern();
            // bodies
            check(name + " random bytes", send(r.method(), path, "application/octet-stream", randomBytes));
            check(name + " random bytes as JSON", send(r.method(), path, "application/json", randomBytes));
            check(name + " invalid UTF-8", send(r.method(), path, "application/json", badUtf8));
            check(name + " 10 MB", send(r.method(), path, "application/json", big));
            check(name + " nested JSON", send(r.method(), path, "application/json", nested));
            for (byte[] w : wrongTypes) {
                check(name + " wrong types " + new String(w), send(r.method(), path, "application/json", w));
            }
            // Lucene / Cypher / others in every text parameter and in a JSON body
            for (String inj : INJECTIONS) {
                StringBuilder query = new StringBuilder();
                for (String p : r.params()) {
                    query.append(query.length() == 0 ? "?" : "&").append(p).append('=').append(q(inj));
                }
                check(name + " params " + inj, send(r.method(), path + query, "application/json",
                        ("{\"text\":" + quoteJson(inj) + ",\"name\":" + quoteJson(inj) + ",\"reviewer\":" + quoteJson(inj) + "}")
                                .getBytes(StandardCharsets.UTF_8)));
                if (r.pattern().contains("{")) {
                    check(name + " path " + inj, send(r.method(), fill(r.pattern(), q(inj).isEmpty() ? "%20" : q(inj)), null, null));
                }
            }
            for (String t : TRAVERSALS) {
                if (r.pattern().contains("{")) {
                    check(name + " traversal " + t, send(r.method(), fill(r.pattern(), t), null, null));
                }
            }
            if (r.multipart()) {
                for (byte[] file : List.of(randomBytes, zipBomb(), new byte[0], traversalZip())) {
                    Multipart mp = new Multipart();
                    for (String field : List.of("file", "documents", "case", "audio", "image")) {
                        mp.file(field, "../../x.zip", file);
                    }
                    for (String p : r.params()) {
                        mp.text(p, INJECTIONS.get(0));
                    }
                    check(name + " multipart (" + file.length + " bytes)", send(r.method(), path, mp.contentType(), mp.body()));
                }
            }
            // 10 000 parameters in the query and in a form body
            StringBuilder many = new StringBuilder("?");
            for (int i = 0; i < 10_000; i++) {
                many.append("p").append(i).append("=1&");
            }
            check(name + " 10000 query parameters", send(r.method(), path + many, null, null));
            check(name + " 10000 form parameters", send(r.method(), path, "application/x-www-form-urlencoded",
                    many.substring(1).getBytes(StandardCharsets.US_ASCII)));
        }
        assertThat(failures).as(failures.size() + " of " + requests + " hostile requests answered badly").isEmpty();
    }

    private static String quoteJson(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append('"').toString();
    }

    private static byte[] zipBomb() {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                zip.putNextEntry(new ZipEntry("决定书.txt"));
                byte[] zeros = new byte[1 << 20];
                for (int i = 0; i < 300; i++) {
                    zip.write(zeros);
                }
                zip.closeEntry();
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] traversalZip() {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                zip.putNextEntry(new ZipEntry("../../../tmp/esip-escaped.txt"));
                zip.write("当事人".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A hand-built multipart/form-data body. */
    static final class Multipart {
        private final String boundary = "esip-hostile-boundary";
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        void file(String field, String filename, byte[] content) {
            write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"" + filename
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
            out.writeBytes(content);
            write("\r\n");
        }

        void text(String field, String value) {
            write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"\r\n\r\n" + value + "\r\n");
        }

        String contentType() {
            return "multipart/form-data; boundary=" + boundary;
        }

        byte[] body() {
            write("--" + boundary + "--\r\n");
            return out.toByteArray();
        }

        private void write(String s) {
            out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
        }
    }

}
