package cn.esip.api.cli;

import cn.esip.kg.index.SearchHit;
import cn.esip.kg.service.LawKnowledgeBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code esip search}: BM25 search over the law index, with exact lookup of named articles. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Search laws (BM25; a query naming an article, e.g. 行政处罚法第五十一条, returns it first).")
public final class SearchCommand implements Callable<Integer> {

    @Mixin
    DataOptions dataOptions = new DataOptions();

    @Mixin
    SearchOptions searchOptions = new SearchOptions();

    @Parameters(index = "0", paramLabel = "QUERY", description = "Words, or a named article.")
    String query;

    @Option(names = "--json", description = "One JSON object per hit (code, title, article, score, snippet, …).")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        boolean validityGiven = spec.commandLine().getParseResult().hasMatchedOption("--validity");
        var request = searchOptions.request(query, validityGiven);
        try (LawKnowledgeBase kb = KnowledgeBases.open(dataOptions)) {
            if (!kb.hasIndex()) {
                throw new EsipMain.UsageError("no law index in " + kb.indexPath() + " (run: esip import --corpus DIR)");
            }
            List<SearchHit> hits = kb.search(request);
            for (int i = 0; i < hits.size(); i++) {
                SearchHit h = hits.get(i);
                if (json) {
                    System.out.println(Json.line(asMap(h)));
                } else {
                    System.out.printf("%2d. %s %s  [%s%s, %s]  score %.2f%s%n    %s%n    %s%n", i + 1, h.title(), h.article(),
                            h.level(), h.region() == null || h.region().equals("100000") ? "" : " " + h.region(),
                            h.validity(), h.score(), h.exact() ? "  (named article)" : "", h.code(),
                            h.snippet() == null ? "" : h.snippet().replace('\n', ' '));
                }
            }
            if (hits.isEmpty() && !json) {
                System.err.println("no hits");
            }
        }
        return 0;
    }

    /** The JSON line of a hit: code, title, article, score, snippet first. */
    static Map<String, Object> asMap(SearchHit h) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", h.code());
        m.put("title", h.title());
        m.put("article", h.article());
        m.put("score", Math.round(h.score() * 1000) / 1000.0);
        m.put("snippet", h.snippet());
        m.put("exact", h.exact());
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
