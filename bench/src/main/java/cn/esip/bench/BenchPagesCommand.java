package cn.esip.bench;

import cn.esip.api.cli.EsipMain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code esip bench pages}: the search and article pages timed as a person gets them from a running server
 * (server-rendered HTML, logged in through the login form): each query's search page, then the article page
 * of its first hit. Prints p50/p95/max per page.
 */
@Command(name = "pages", mixinStandardHelpOptions = true,
        description = "Time the search and article web pages of a running server, logged in.")
public final class BenchPagesCommand implements Callable<Integer> {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final Pattern FIRST_HIT = Pattern.compile("class=\"hit-link\"\\s+href=\"([^\"]+)\"");

    @Option(names = "--url", defaultValue = "http://127.0.0.1:8080")
    String url;
    @Option(names = "--user", required = true, description = "An account with the law:read scope.")
    String user;
    @Option(names = "--password-file", required = true, description = "File holding the account's password (first line).")
    Path passwordFile;
    @Option(names = "--queries", required = true, description = "JSON lines with a \"query\" field (../shared/retrieval's format).")
    Path queries;
    @Option(names = "-n", defaultValue = "50", description = "How many of the queries, from the top (default ${DEFAULT-VALUE}).")
    int n;

    @Override
    public Integer call() throws Exception {
        if (n < 1) {
            throw new EsipMain.UsageError("-n must be positive");
        }
        List<String> qs = readQueries();
        String password = readPassword();
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        String base = url.replaceAll("/+$", "");
        logIn(http, base, password);
        List<Double> search = new ArrayList<>(), article = new ArrayList<>();
        for (int i = 0; i < qs.size(); i++) {
            long t0 = System.nanoTime();
            HttpResponse<String> page = get(http, base + "/ui/law/search?q=" + URLEncoder.encode(qs.get(i), StandardCharsets.UTF_8));
            search.add((System.nanoTime() - t0) / 1e6);
            Matcher hit = FIRST_HIT.matcher(page.body());
            if (hit.find()) {
                long t1 = System.nanoTime();
                get(http, base + hit.group(1).replace("&amp;", "&"));
                article.add((System.nanoTime() - t1) / 1e6);
            }
            if ((i + 1) % 10 == 0 || i + 1 == qs.size()) {
                System.err.printf("bench pages: %d/%d queries%n", i + 1, qs.size());
            }
        }
        System.out.println("search page:  " + stats(search));
        System.out.println("article page: " + stats(article));
        return 0;
    }

    private List<String> readQueries() throws IOException {
        if (!Files.isRegularFile(queries)) {
            throw new EsipMain.UsageError("no queries file " + queries);
        }
        ObjectMapper json = new ObjectMapper();
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(queries, StandardCharsets.UTF_8)) {
            if (out.size() == n) {
                break;
            }
            if (line.isBlank()) {
                continue;
            }
            JsonNode q;
            try {
                q = json.readTree(line).path("query");
            } catch (IOException e) {
                throw new EsipMain.UsageError(queries + ": line " + (out.size() + 1) + " is not JSON");
            }
            if (!q.isTextual() || q.asText().isBlank()) {
                throw new EsipMain.UsageError(queries + ": a line has no \"query\" text");
            }
            out.add(q.asText());
        }
        if (out.isEmpty()) {
            throw new EsipMain.UsageError(queries + " holds no queries");
        }
        return out;
    }

    private String readPassword() throws IOException {
        if (!Files.isRegularFile(passwordFile)) {
            throw new EsipMain.UsageError("no password file " + passwordFile);
        }
        return Files.readAllLines(passwordFile, StandardCharsets.UTF_8).stream().findFirst().orElse("").strip();
    }

    private void logIn(HttpClient http, String base, String password) throws IOException, InterruptedException {
        Matcher csrf = CSRF.matcher(get(http, base + "/login").body());
        if (!csrf.find()) {
            throw new EsipMain.UsageError(base + "/login has no login form");
        }
        String form = "username=" + enc(user) + "&password=" + enc(password) + "&_csrf=" + enc(csrf.group(1));
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        String to = r.headers().firstValue("Location").orElse("");
        if (r.statusCode() / 100 != 3 || to.contains("error")) {
            throw new EsipMain.UsageError("login failed for this user and password");
        }
    }

    private static HttpResponse<String> get(HttpClient http, String uri) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new EsipMain.UsageError("GET " + uri + " answered " + r.statusCode());
        }
        return r;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String stats(List<Double> ms) {
        if (ms.isEmpty()) {
            return "n 0";
        }
        double[] a = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return String.format("n %d, p50 %.0f ms, p95 %.0f ms, max %.0f ms", a.length, BenchSearchCommand.pct(a, 0.50),
                BenchSearchCommand.pct(a, 0.95), a[a.length - 1]);
    }
}
