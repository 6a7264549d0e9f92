package cn.esip.api.pages;

import cn.esip.api.EsipApplication;
import cn.esip.api.accounts.AccountStore;
import cn.esip.api.law.LawIndexBootstrap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web pages in a real browser: headless Chromium (Debian's chromium and chromedriver) against a real server on a
 * small corpus of our own. An administrator creates accounts and an application and reads the audit trail; a handler
 * searches, opens an article, asks a question and gets 法条推荐, and cannot open the review pages; a reviewer uploads
 * a case file, opens a finding's evidence and confirms it. Screenshots go to {@code target/screenshots}.
 */
@SpringBootTest(classes = EsipApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class WebPagesBrowserTest {

    static Path data;
    static WebDriver browser;
    static final Path SHOTS = Path.of("target", "screenshots");
    static final Path CASE = Path.of("..", "supervision", "src", "test", "resources", "cases", "dev", "o06-yn-hotel-registration");

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry r) throws URISyntaxException, IOException {
        Path corpus = Path.of(WebPagesBrowserTest.class.getResource("/law-basis-corpus").toURI());
        data = Files.createTempDirectory("esip-pages");
        r.add("esip.data-dir", data::toString);
        r.add("esip.corpus", corpus::toString);
    }

    @LocalServerPort
    int port;
    @Autowired
    LawIndexBootstrap bootstrap;
    @Autowired
    cn.esip.api.apps.AppRegistry apps;
    @Autowired
    AccountStore accounts;
    @Autowired
    @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
    org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping mappings;

    @BeforeAll
    static void startBrowser() throws IOException {
        File driver = new File("/usr/bin/chromedriver");
        assertThat(driver).as("Debian's chromium-driver (scripts/install-system-deps.sh installs it)").exists();
        ChromeOptions o = new ChromeOptions();
        o.setBinary("/usr/bin/chromium");
        o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1366,768", "--lang=zh-CN",
                "--user-data-dir=" + Files.createTempDirectory("esip-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver)
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, o);
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    WebDriverWait waiting() {
        WebDriverWait w = new WebDriverWait(browser, Duration.ofSeconds(30));
        // a form post or an htmx swap may replace the element between finding it and reading it
        w.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return w;
    }

    void login(String user, String password) {
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("login")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("who")));
        assertThat(browser.findElement(By.id("who")).getText()).isEqualTo(user);
    }

    void logout() {
        browser.findElement(By.id("logout")).click();
        waiting().until(ExpectedConditions.urlContains("/login"));
    }

    void shot(String name) throws IOException {
        Files.write(SHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    void waitForIndex() throws InterruptedException {
        long deadline = System.currentTimeMillis() + 180_000;
        while (!"ready".equals(bootstrap.vectors()) && System.currentTimeMillis() < deadline) {
            assertThat(bootstrap.state()).isNotIn(LawIndexBootstrap.State.FAILED, LawIndexBootstrap.State.NO_INDEX);
            Thread.sleep(200);
        }
        assertThat(bootstrap.vectors()).isEqualTo("ready");
    }

    @Test
    void administratorHandlerAndReviewerDoTheirWork() throws Exception {
        waitForIndex();

        // nothing opens without logging in
        browser.get(url("/ui/law/search"));
        assertThat(browser.getCurrentUrl()).endsWith("/login");
        browser.findElement(By.id("username")).sendKeys("admin");
        browser.findElement(By.id("password")).sendKeys("wrong-password");
        browser.findElement(By.id("login")).click();
        assertThat(textOf(By.id("login-error"))).contains("不正确");

        // the administrator: the first start wrote the password, the start page says what is ready
        String adminPassword = Files.readString(data.resolve("security").resolve(AccountStore.INITIAL_PASSWORD_FILE)).strip();
        login("admin", adminPassword);
        assertThat(browser.getCurrentUrl()).as("back where the person was sent to log in").contains("/ui/law/search");
        browser.get(url("/"));
        waiting().until(ExpectedConditions.textToBe(By.id("index-state"), "就绪"));
        createAccount("wang", "handler", "handler-pass-1");
        createAccount("li", "reviewer", "reviewer-pass-1");
        browser.get(url("/ui/admin/apps"));
        browser.findElement(By.id("app-name")).sendKeys("某市执法办案系统");
        browser.findElement(By.id("app-agency")).sendKeys("某市司法局");
        browser.findElement(By.id("scope-law:read")).click();
        browser.findElement(By.id("add-app")).click();
        String secret = textOf(By.id("issued-secret"));
        assertThat(secret).hasSizeGreaterThan(20);
        assertThat(browser.findElement(By.id("apps")).getText()).contains("某市执法办案系统").contains("law:read");
        assertThat(browser.getPageSource()).doesNotContain("{bcrypt}");
        shot("admin-apps");
        browser.get(url("/ui/admin/audit"));
        String audit = browser.findElement(By.id("audit")).getText();
        assertThat(audit).contains("user:admin").contains("/ui/admin/apps").contains("POST");
        browser.findElement(By.id("verify")).click();
        assertThat(textOf(By.id("verification"))).startsWith("哈希链完整");
        shot("admin-audit");
        sessionIsNoTokenAndChangesNeedTheCsrfToken(browser.manage().getCookieNamed("JSESSIONID").getValue());
        logout();

        // a handler: search, the article, QA, 法条推荐; no review pages
        login("wang", "handler-pass-1");
        assertThat(browser.findElements(By.linkText("案卷评查"))).isEmpty();
        browser.get(url("/ui/law/search"));
        browser.findElement(By.id("q")).sendKeys("旅馆不登记住客身份 罚款");
        browser.findElement(By.id("search")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.className("hit-link")));
        List<WebElement> hits = browser.findElements(By.className("hit-link"));
        assertThat(hits.get(0).getText()).contains("第十六条");
        assertThat(browser.findElement(By.id("results")).findElements(By.tagName("mark"))).isNotEmpty();
        assertThat(browser.getCurrentUrl()).contains("q=");
        shot("law-search");
        hits.get(0).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("article-title")));
        assertThat(browser.findElement(By.id("article-title")).getText()).isEqualTo("旅馆业治安管理办法 第十六条");
        assertThat(browser.findElement(By.id("penalty")).getText()).contains("罚款").contains("200 元 至 500 元");
        assertThat(browser.findElement(By.linkText("旅馆业治安管理办法 第六条")).isDisplayed()).isTrue();
        shot("law-article");
        browser.findElement(By.linkText("知识问答")).click();
        browser.findElement(By.id("question")).sendKeys("对旅馆的行政处罚决定不服，多少日内可以申请行政复议？");
        browser.findElement(By.id("ask")).click();
        WebElement answer = waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("qa-answer")));
        assertThat(answer.getText()).contains("十五日内申请行政复议");
        assertThat(browser.findElement(By.className("citation")).getText()).contains("第十七条");
        browser.findElement(By.linkText("法条推荐")).click();
        browser.findElement(By.id("facts")).sendKeys("民警检查发现，某宾馆前台为两名客人办理入住时未查验身份证件，也未登记住宿旅客信息。");
        browser.findElement(By.id("recommend")).click();
        WebElement rec = waiting().until(ExpectedConditions.presenceOfElementLocated(By.className("recommendation")));
        assertThat(rec.getText()).contains("第十六条").contains("第六条");
        browser.get(url("/ui/reviews"));
        assertThat(browser.findElement(By.id("page-error")).getText()).contains("403");
        logout();

        // a reviewer: upload a case file, open a finding's evidence in its document, confirm it
        login("li", "reviewer-pass-1");
        browser.findElement(By.linkText("案卷评查")).click();
        Path zip = zipOf(CASE);
        browser.findElement(By.id("file")).sendKeys(zip.toAbsolutePath().toString());
        browser.findElement(By.id("submit-review")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("score")));
        List<WebElement> findings = browser.findElements(By.className("finding"));
        assertThat(findings).isNotEmpty();
        WebElement evidence = browser.findElements(By.cssSelector(".evidence")).stream()
                .filter(e -> e.getText().matches("(?s).*第\\d+行.*")).findFirst().orElse(browser.findElement(By.cssSelector(".evidence")));
        evidence.findElement(By.tagName("a")).click();
        WebElement doc = waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("doc-text")));
        assertThat(doc.getText()).isNotBlank();
        if (evidence.getText().matches("(?s).*第\\d+行.*")) {
            assertThat(browser.findElements(By.id("hit-line"))).hasSize(1);
        }
        shot("review");
        String rule = findings.get(0).getAttribute("data-rule");
        new Select(findings.get(0).findElement(By.className("action"))).selectByValue("confirm");
        browser.findElement(By.id("decide")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("decided")));
        assertThat(browser.findElement(By.id("final")).getText()).contains("复核后得分");
        assertThat(browser.getPageSource()).contains(rule + "：confirm");
        // a batch: two case files and one that is not a ZIP; each gets its own line and the page follows them
        browser.findElement(By.linkText("案卷与上传")).click();
        Path junk = Files.writeString(Files.createTempFile("not-a-case-", ".zip"), "不是压缩包");
        browser.findElement(By.id("batch-files")).sendKeys(String.join("\n",
                zipOf(CASE.resolveSibling("o01-zj-food-safety")).toAbsolutePath().toString(),
                zipOf(CASE.resolveSibling("o08-sh-drug-retail")).toAbsolutePath().toString(),
                junk.toAbsolutePath().toString()));
        browser.findElement(By.id("submit-batch")).click();
        new WebDriverWait(browser, Duration.ofSeconds(120)).until(ExpectedConditions.presenceOfElementLocated(By.id("batch-done")));
        assertThat(browser.findElement(By.id("batch-progress")).getText()).startsWith("3 / 3");
        assertThat(browser.findElements(By.className("batch-review"))).hasSize(2);
        assertThat(browser.findElement(By.id("batch")).getText()).containsAnyOf("未能排队", "失败");
        browser.findElement(By.linkText("统计分析")).click();
        assertThat(browser.findElement(By.id("chart")).isDisplayed()).isTrue();
        logout();
    }

    /**
     * Every page route (enumerated from the handler mappings, not hand-picked), logged in with every role and with a
     * valid CSRF token, given hostile values in each parameter and path variable: a 4xx or 2xx/3xx page, never a 5xx,
     * and the server still answers afterwards.
     */
    @Test
    void everyPageAnswersHostileInputWithoutAServerError() throws Exception {
        waitForIndex();
        accounts.add("fuzz", null, null, null, java.util.EnumSet.allOf(cn.esip.api.accounts.Role.class), false, "fuzz-pass-1");
        HttpClient client = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
        String token = csrf(client.send(HttpRequest.newBuilder(URI.create(url("/login"))).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create(url("/login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=fuzz&password=fuzz-pass-1&_csrf=" + enc(token))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
        token = csrf(client.send(HttpRequest.newBuilder(URI.create(url("/ui/admin/apps"))).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        List<String> hostile = List.of("", " ", "\u0000", "%FF%FE", "<script>alert(1)</script>", "' OR 1=1 --",
                "title:(*:* OR 1) AND \"x", "') MATCH (n) DETACH DELETE n //", "..%2F..%2Fetc%2Fpasswd", "-1", "NaN",
                "2026-13-45", "9".repeat(40), "条".repeat(3000));
        List<String> failures = new java.util.ArrayList<>();
        int requests = 0;
        int answered = 0;
        for (var e : mappings.getHandlerMethods().entrySet()) {
            if (!e.getValue().getBeanType().getPackageName().equals(WebPagesBrowserTest.class.getPackageName())) {
                continue;
            }
            List<String> params = new java.util.ArrayList<>();
            for (org.springframework.core.MethodParameter mp : e.getValue().getMethodParameters()) {
                org.springframework.web.bind.annotation.RequestParam rp =
                        mp.getParameterAnnotation(org.springframework.web.bind.annotation.RequestParam.class);
                String name = rp == null ? "" : !rp.value().isEmpty() ? rp.value() : rp.name();
                if (!name.isEmpty()) {
                    params.add(name);
                } else if (rp != null && mp.getParameterName() != null && !Map.class.isAssignableFrom(mp.getParameterType())) {
                    params.add(mp.getParameterName());
                }
            }
            var methods = e.getKey().getMethodsCondition().getMethods();
            for (String pattern : e.getKey().getPatternValues()) {
                for (String value : hostile) {
                    String path = pattern.replaceAll("\\{[^}]+}", value.isEmpty() ? "x" : enc(value).replace("%25", "%"));
                    StringBuilder query = new StringBuilder("_csrf=" + enc(token));
                    for (String param : params) {
                        query.append('&').append(param).append('=').append(enc(value));
                    }
                    boolean post = methods.contains(org.springframework.web.bind.annotation.RequestMethod.POST);
                    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path) + (post ? "" : "?" + query)));
                    if (post) {
                        b.header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(query.toString()));
                    }
                    HttpResponse<String> r;
                    try {
                        r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
                    } catch (IllegalArgumentException bad) {
                        continue; // not even a URI: no request to send
                    }
                    requests++;
                    answered += r.statusCode() == 200 ? 1 : 0;
                    if (r.statusCode() >= 500) {
                        failures.add(r.statusCode() + " " + (post ? "POST " : "GET ") + path + " " + value.substring(0, Math.min(20, value.length())));
                    }
                }
            }
        }
        assertThat(requests).isGreaterThan(200);
        assertThat(answered).as("pages answered while logged in, not sent to the login page").isGreaterThan(50);
        assertThat(failures).isEmpty();
        assertThat(client.send(HttpRequest.newBuilder(URI.create(url("/actuator/health"))).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
    }

    private static String csrf(String html) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        assertThat(m.find()).as("a CSRF token on the page").isTrue();
        return m.group(1);
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** A logged-in session opens pages only: the API still wants a token, and a change without the CSRF token is refused. */
    private void sessionIsNoTokenAndChangesNeedTheCsrfToken(String session) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> api = client.send(HttpRequest.newBuilder(URI.create(url("/api/v1/search?q=%E7%BD%9A%E6%AC%BE")))
                .header("Cookie", "JSESSIONID=" + session).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).isEqualTo(401);
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(url("/ui/admin/apps")))
                .header("Cookie", "JSESSIONID=" + session).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        HttpResponse<String> forged = client.send(HttpRequest.newBuilder(URI.create(url("/ui/admin/apps")))
                .header("Cookie", "JSESSIONID=" + session).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("name=forged&scopes=admin")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(apps.list()).noneMatch(a -> a.name().equals("forged"));
    }

    private void createAccount(String user, String role, String password) {
        browser.get(url("/ui/admin/accounts"));
        browser.findElement(By.id("account-username")).sendKeys(user);
        browser.findElement(By.id("role-" + role)).click();
        browser.findElement(By.cssSelector("#account-form input[name=password]")).sendKeys(password);
        browser.findElement(By.id("add-account")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("accounts"), user));
    }

    /** The text of the element once it is on the page and not blank (found again if the page replaced it). */
    private String textOf(By by) {
        return waiting().until(d -> {
            String t = d.findElement(by).getText();
            return t.isBlank() ? null : t;
        });
    }

    private static Path zipOf(Path dir) throws IOException {
        Path zip = Files.createTempFile("case-", ".zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out);
             Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().equals("gold.json")).toList()) {
                z.putNextEntry(new ZipEntry(dir.relativize(f).toString().replace('\\', '/')));
                z.write(Files.readAllBytes(f));
                z.closeEntry();
            }
        }
        return zip;
    }
}
