package cn.esip.bench;

import cn.esip.api.cli.Json;
import cn.esip.api.cli.EsipMain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code esip bench load}: closed-loop load on a running server — N clients, each with the same bearer
 * token, each sending its next request when the last one answered, a mix of search, law lookup, NLP
 * extraction and segmentation, for a fixed time. Prints throughput, errors and p50/p95/p99 per route and
 * the server's heap (from actuator metrics, which needs the {@code admin} scope) sampled through the run.
 */
@Command(name = "load", mixinStandardHelpOptions = true, description = "Load a running server with concurrent clients.")
public final class BenchLoadCommand implements Callable<Integer> {

    @Option(names = "--url", defaultValue = "http://127.0.0.1:8080")
    String url;
    @Option(names = "--token", required = true, description = "Bearer token (scopes law:read, nlp, admin).")
    String token;
    @Option(names = "--clients", defaultValue = "50")
    int clients;
    @Option(names = "--seconds", defaultValue = "300")
    int seconds;

    static final String[] QUERIES = {"醉酒驾驶 处罚", "旅馆不登记住客身份", "私屠滥宰 处罚", "销售过期食品", "行政复议期限",
            "听证 条件", "无证经营", "噪声扰民", "未取得建设工程规划许可证", "环境影响评价 未批先建", "行政处罚法第三十六条",
            "超载运输", "违法排放污水", "虚假广告 罚款", "药品 未取得许可 生产"};
    static final String[] TEXTS = {
            "当事人某超市于2024年3月5日销售超过保质期的酸奶12盒，违反了《中华人民共和国食品安全法》第三十四条第十项的规定。",
            "经查，当事人未取得《食品经营许可证》擅自从事餐饮服务，依据《中华人民共和国食品安全法》第一百二十二条，决定罚款人民币伍万元。",
            "某公司在未依法报批建设项目环境影响报告书的情况下擅自开工建设，责令停止建设，处罚款人民币贰拾万元整。",
            "驾驶人张某于2024年5月1日夜间醉酒驾驶机动车，被交警查获，血液酒精含量为120mg/100ml。"};


    @Override
    public Integer call() throws Exception {
        if (clients < 1 || clients > 1000 || seconds < 1) {
            throw new EsipMain.UsageError("--clients must be 1..1000 and --seconds positive");
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
        Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
        Map<String, String> firstError = new ConcurrentHashMap<>();
        long started = System.nanoTime();
        long end = started + seconds * 1_000_000_000L;
        CountDownLatch done = new CountDownLatch(clients);
        List<Long> heap = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int c = 0; c < clients; c++) {
            Random random = new Random(c);
            Thread t = new Thread(() -> {
                try {
                    while (System.nanoTime() < end) {
                        int pick = random.nextInt(10);
                        String route;
                        HttpRequest.Builder b;
                        if (pick < 4) {
                            route = "GET /api/v1/search";
                            b = HttpRequest.newBuilder(URI.create(url + "/api/v1/search?top=10&q="
                                    + URLEncoder.encode(QUERIES[random.nextInt(QUERIES.length)], StandardCharsets.UTF_8))).GET();
                        } else if (pick < 5) {
                            route = "GET /api/v1/laws";
                            b = HttpRequest.newBuilder(URI.create(url + "/api/v1/laws?title="
                                    + URLEncoder.encode("食品安全", StandardCharsets.UTF_8))).GET();
                        } else if (pick < 8) {
                            route = "POST /api/v1/nlp/extract";
                            b = json(url + "/api/v1/nlp/extract", TEXTS[random.nextInt(TEXTS.length)]);
                        } else {
                            route = "POST /api/v1/nlp/segment";
                            b = json(url + "/api/v1/nlp/segment", TEXTS[random.nextInt(TEXTS.length)]);
                        }
                        long t0 = System.nanoTime();
                        int status;
                        String body = "";
                        try {
                            HttpResponse<String> r = http.send(b.header("Authorization", "Bearer " + token)
                                    .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
                            status = r.statusCode();
                            body = r.body();
                        } catch (IOException e) {
                            status = -1;
                            body = e.toString();
                        }
                        long micros = (System.nanoTime() - t0) / 1000;
                        latencies.computeIfAbsent(route, k -> java.util.Collections.synchronizedList(new ArrayList<>())).add(micros);
                        if (status < 200 || status >= 300) {
                            errors.computeIfAbsent(route, k -> new AtomicLong()).incrementAndGet();
                            firstError.putIfAbsent(route, status + " " + (body.length() > 200 ? body.substring(0, 200) : body));
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            }, "load-" + c);
            t.setDaemon(true);
            t.start();
        }
        ObjectMapper json = new ObjectMapper();
        while (!done.await(10, java.util.concurrent.TimeUnit.SECONDS)) {
            long h = heapUsed(http, json);
            heap.add(h);
            long n = latencies.values().stream().mapToLong(List::size).sum();
            System.err.printf("%4d s: %d requests, heap %d MB%n", (System.nanoTime() - started) / 1_000_000_000L, n, h / 1_048_576);
        }
        double wall = (System.nanoTime() - started) / 1e9;
        heap.add(heapUsed(http, json));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("clients", clients);
        out.put("seconds", Math.round(wall));
        long total = 0;
        long totalErrors = 0;
        Map<String, Object> routes = new LinkedHashMap<>();
        for (Map.Entry<String, List<Long>> e : new java.util.TreeMap<>(latencies).entrySet()) {
            long[] v = e.getValue().stream().mapToLong(Long::longValue).sorted().toArray();
            long err = errors.getOrDefault(e.getKey(), new AtomicLong()).get();
            total += v.length;
            totalErrors += err;
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("requests", v.length);
            m.put("errors", err);
            m.put("perSecond", Math.round(v.length / wall * 10) / 10.0);
            m.put("p50ms", pct(v, 0.50));
            m.put("p95ms", pct(v, 0.95));
            m.put("p99ms", pct(v, 0.99));
            if (firstError.containsKey(e.getKey())) {
                m.put("firstError", firstError.get(e.getKey()));
            }
            routes.put(e.getKey(), m);
        }
        out.put("requests", total);
        out.put("errors", totalErrors);
        out.put("perSecond", Math.round(total / wall * 10) / 10.0);
        out.put("routes", routes);
        List<Long> mb = heap.stream().filter(h -> h >= 0).map(h -> h / 1_048_576).toList();
        out.put("heapUsedMbSamples", mb);
        System.out.println(Json.pretty(out));
        return totalErrors == 0 ? 0 : 1;
    }

    private static HttpRequest.Builder json(String u, String text) {
        String body = "{\"text\":\"" + text.replace("\"", "\\\"") + "\"}";
        return HttpRequest.newBuilder(URI.create(u)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }

    private long heapUsed(HttpClient http, ObjectMapper json) {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url + "/actuator/metrics/jvm.memory.used?tag=area:heap"))
                    .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(10)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                return -1;
            }
            JsonNode m = json.readTree(r.body()).path("measurements");
            return m.isArray() && !m.isEmpty() ? (long) m.get(0).path("value").asDouble() : -1;
        } catch (IOException | InterruptedException e) {
            return -1;
        }
    }

    /** Milliseconds, one decimal, of the nearest-rank quantile of sorted microseconds. */
    private static double pct(long[] sortedMicros, double p) {
        double[] ms = new double[sortedMicros.length];
        for (int k = 0; k < ms.length; k++) {
            ms[k] = sortedMicros[k] / 1000.0;
        }
        return Math.round(BenchSearchCommand.pct(ms, p) * 10) / 10.0;
    }

}
