package cn.esip.api.cli;

import cn.esip.kg.search.SearchHit;
import cn.esip.kg.search.SearchRequest;
import cn.esip.kg.search.SearchResult;
import cn.esip.kg.service.LawKnowledgeBase;

import com.fasterxml.jackson.databind.JsonNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code esip search}: hybrid (BM25 + vectors) search over the law index, with exact lookup of named articles. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Search laws: words, a named article (行政处罚法第五十一条, returned first) or the facts of a case. "
                + "--batch FILE.jsonl searches one {\"id\",\"query\"} line after another in one process.")
public final class SearchCommand implements Callable<Integer> {

    @Mixin
    DataOptions dataOptions = new DataOptions();

    @Mixin
    SearchOptions searchOptions = new SearchOptions();

    @Parameters(index = "0", arity = "0..1", paramLabel = "QUERY", description = "Words, a named article, or facts.")
    String query;

    @Option(names = "--batch", paramLabel = "QUERIES.jsonl",
            description = "Lines {\"id\": …, \"query\": …} (optional level, region, validity, validOn, top, mode); "
                    + "prints {\"id\": …, \"mode\": …, \"hits\": […]} per line, or {\"id\": …, \"error\": …}.")
    Path batch;

    @Option(names = "--json", description = "One JSON object per hit (code, title, article, score, snippet, …).")
    boolean json;

    @Override
    public Integer call() throws IOException {
        if ((query == null) == (batch == null)) {
            throw new EsipMain.UsageError("give either a QUERY or --batch FILE.jsonl");
        }
        SearchRequest request = batch == null ? searchOptions.request(query) : null;
        try (LawKnowledgeBase kb = KnowledgeBases.open(dataOptions)) {
            if (!kb.hasIndex()) {
                throw new EsipMain.UsageError("no law index in " + kb.indexPath() + " (run: esip import --corpus DIR)");
            }
            if (!kb.vectorsReady()) {
                System.err.println("esip: vectors not built for this index (run: esip vectors); searching with BM25 only");
            }
            if (batch != null) {
                return runBatch(kb);
            }
            SearchResult result = kb.searchWithMode(request);
            List<SearchHit> hits = result.hits();
            for (int i = 0; i < hits.size(); i++) {
                SearchHit h = hits.get(i);
                if (json) {
                    System.out.println(Json.line(asMap(h)));
                } else {
                    System.out.printf("%2d. %s %s  [%s%s, %s%s]  score %.3f%s%n    %s%n    %s%n", i + 1, h.title(), h.article(),
                            h.level(), h.region() == null || h.region().equals("100000") ? "" : " " + h.region(),
                            h.validity(), h.penalty() ? ", 罚则" : "", h.score(), h.exact() ? "  (named article)" : "",
                            h.code(), h.snippet() == null ? "" : h.snippet().replace('\n', ' '));
                }
            }
            if (!json) {
                System.err.println(hits.isEmpty() ? "no hits (" + result.mode().label() + ")" : "mode: " + result.mode().label());
            }
        }
        return 0;
    }

    /** Searches every line of the batch file; a bad line gets an error line for its id and the rest go on. */
    private int runBatch(LawKnowledgeBase kb) throws IOException {
        JsonLinesBatch.run(batch, (n, out) -> {
            SearchResult r = kb.searchWithMode(batchRequest(n));
            out.put("mode", r.mode().label());
            List<Map<String, Object>> hits = new ArrayList<>();
            r.hits().forEach(h -> hits.add(asMap(h)));
            out.put("hits", hits);
        });
        return 0;
    }

    private SearchRequest batchRequest(JsonNode n) {
        if (!n.hasNonNull("query") || !n.get("query").isTextual()) {
            throw new IllegalArgumentException("each line needs a text \"query\"");
        }
        LocalDate on = n.hasNonNull("validOn") ? LocalDate.parse(n.get("validOn").asText()) : null;
        String validity = n.hasNonNull("validity") ? n.get("validity").asText() : null;
        int top = n.hasNonNull("top") ? n.get("top").asInt() : searchOptions.top;
        return SearchRequest.fromUser(n.get("query").asText(), text(n, "level"), text(n, "region"), validity, on, top,
                n.hasNonNull("mode") ? n.get("mode").asText() : searchOptions.mode, text(n, "home"));
    }

    private static String text(JsonNode n, String field) {
        return n.hasNonNull(field) ? n.get(field).asText() : null;
    }

    /** The JSON line of a hit: code, title, article, score, snippet first. */
    static Map<String, Object> asMap(SearchHit h) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", h.code());
        m.put("title", h.title());
        m.put("article", h.article());
        m.put("articleNumber", h.articleNumber());
        if (h.articleSuffix() > 0) {
            m.put("articleSuffix", h.articleSuffix());
        }
        m.put("provisionCode", h.provisionCode());
        m.put("score", Math.round(h.score() * 100000) / 100000.0);
        m.put("snippet", h.snippet());
        m.put("exact", h.exact());
        m.put("penalty", h.penalty());
        m.put("versionId", h.versionId());
        m.put("shortTitle", h.shortTitle());
        m.put("chapter", h.chapter());
        m.put("level", h.level());
        m.put("region", h.region());
        m.put("validity", h.validity());
        m.put("versionDate", h.versionDate() == null ? null : h.versionDate().toString());
        return m;
    }
}
