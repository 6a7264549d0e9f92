package cn.esip.bench;

import cn.esip.api.cli.DataOptions;
import cn.esip.api.cli.EsipMain;
import cn.esip.api.cli.Json;
import cn.esip.api.cli.KnowledgeBases;
import cn.esip.kg.index.HybridWeights;
import cn.esip.kg.search.SearchHit;
import cn.esip.kg.search.SearchMode;
import cn.esip.kg.search.SearchRequest;
import cn.esip.kg.search.SearchResult;
import cn.esip.kg.service.LawKnowledgeBase;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

/**
 * {@code esip bench retrieval}: Recall@10 and MRR of law-basis search per query kind on a file of labelled queries
 * (the format of ../shared/retrieval/queries.jsonl), for each ranking mode, with single-threaded latency.
 */
@Command(name = "retrieval", mixinStandardHelpOptions = true,
        description = "Recall@10 / MRR per query kind on labelled queries (gold and alternate articles), per mode.")
public final class BenchRetrievalCommand implements Callable<Integer> {

    @Mixin
    DataOptions dataOptions = new DataOptions();

    @Option(names = "--queries", required = true, paramLabel = "FILE.jsonl",
            description = "Labelled queries: id, kind, query, gold [{title, article}], alternates.")
    Path queries;

    @Option(names = "--modes", defaultValue = "bm25,dense,hybrid", split = ",", description = "Modes to measure (default ${DEFAULT-VALUE}).")
    List<String> modes;

    @Option(names = "--top", defaultValue = "10", description = "Cut-off of recall (default ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--weights", paramLabel = "NAME=V,…",
            description = "Hybrid constants other than the defaults, e.g. follow=0.5,local=1 (rrfK, dense, follow, local, factsPenalty).")
    String weights;

    @Option(names = "--misses", description = "Print each query whose answer is not in the top N, with the first hits (stderr).")
    boolean misses;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One labelled query. */
    record Labelled(String id, String kind, String query, List<String> gold, List<String> accepted) {
    }

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(queries)) {
            throw new EsipMain.UsageError("queries file not found: " + queries);
        }
        List<Labelled> items = read(queries);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("queries", queries.toString());
        out.put("count", items.size());
        try (LawKnowledgeBase kb = KnowledgeBases.open(dataOptions)) {
            if (!kb.hasIndex()) {
                throw new EsipMain.UsageError("no law index in " + kb.indexPath() + " (run: esip import --corpus DIR)");
            }
            try {
                kb.searcher().weights(HybridWeights.parse(weights));
            } catch (IllegalArgumentException e) {
                throw new EsipMain.UsageError(e.getMessage());
            }
            out.put("weights", HybridWeights.parse(weights));
            kb.searchWithMode(SearchRequest.of("行政处罚法第一条", 1));
            kb.searchWithMode(SearchRequest.of("罚款", 1).withMode(SearchMode.DENSE));
            for (String m : modes) {
                SearchMode mode = SearchMode.parse(m);
                out.put(mode.label(), measure(kb, items, mode));
            }
        }
        System.out.println(Json.line(out));
        return 0;
    }

    private Map<String, Object> measure(LawKnowledgeBase kb, List<Labelled> items, SearchMode mode) {
        Map<String, double[]> byKind = new TreeMap<>();
        List<Double> ms = new ArrayList<>();
        String used = null;
        for (Labelled q : items) {
            long t0 = System.nanoTime();
            SearchResult r = kb.searchWithMode(SearchRequest.inForce(q.query(), top).withMode(mode));
            ms.add((System.nanoTime() - t0) / 1e6);
            used = r.mode().label();
            int rank = 0;
            int goldRank = 0;
            for (int i = 0; i < r.hits().size(); i++) {
                String key = key(r.hits().get(i));
                if (rank == 0 && q.accepted().contains(key)) {
                    rank = i + 1;
                }
                if (goldRank == 0 && q.gold().contains(key)) {
                    goldRank = i + 1;
                }
            }
            for (String k : List.of(q.kind(), "all")) {
                double[] a = byKind.computeIfAbsent(k, x -> new double[4]);
                a[0]++;
                a[1] += rank > 0 ? 1 : 0;
                a[2] += rank > 0 ? 1.0 / rank : 0;
                a[3] += goldRank > 0 ? 1 : 0;
            }
            if (misses && rank == 0) {
                StringBuilder sb = new StringBuilder(mode.label() + " miss " + q.id() + " [" + q.kind() + "] " + q.query()
                        + "\n    want " + q.gold());
                r.hits().stream().limit(3).forEach(h -> sb.append("\n    got  ").append(key(h)));
                System.err.println(sb);
            }
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("mode", used);
        byKind.forEach((k, a) -> m.put(k, Map.of("n", (int) a[0], "recall", round(a[1] / a[0]), "mrr", round(a[2] / a[0]),
                "goldRecall", round(a[3] / a[0]))));
        double[] sorted = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        m.put("p50Ms", round(BenchSearchCommand.pct(sorted, 0.5)));
        m.put("p95Ms", round(BenchSearchCommand.pct(sorted, 0.95)));
        System.err.printf("%-6s %s  p95 %.1f ms%n", mode.label(), summary(byKind), BenchSearchCommand.pct(sorted, 0.95));
        return m;
    }

    private static String summary(Map<String, double[]> byKind) {
        StringBuilder sb = new StringBuilder();
        byKind.forEach((k, a) -> sb.append(String.format("%s R@10 %.2f MRR %.2f  ", k, a[1] / a[0], a[2] / a[0])));
        return sb.toString();
    }

    /** Title and article number, the identity of an article across files. */
    static String key(SearchHit h) {
        return h.title() + "#" + h.articleNumber() + (h.articleSuffix() > 0 ? "." + h.articleSuffix() : "");
    }

    static List<Labelled> read(Path file) throws IOException {
        List<Labelled> out = new ArrayList<>();
        int n = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            n++;
            if (line.isBlank()) {
                continue;
            }
            JsonNode j = JSON.readTree(line);
            if (!j.hasNonNull("query") && !j.hasNonNull("question")) {
                throw new EsipMain.UsageError(file + " line " + n + ": no query");
            }
            List<String> gold = refs(j.get("gold"));
            List<String> accepted = new ArrayList<>(gold);
            accepted.addAll(refs(j.get("alternates")));
            out.add(new Labelled(j.path("id").asText("line " + n), j.path("kind").asText("qa"),
                    j.hasNonNull("query") ? j.get("query").asText() : j.get("question").asText(), gold, accepted));
        }
        return out;
    }

    private static List<String> refs(JsonNode arr) {
        List<String> out = new ArrayList<>();
        if (arr != null) {
            for (JsonNode g : arr) {
                out.add(g.path("title").asText() + "#" + g.path("article").asInt());
            }
        }
        return out;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
