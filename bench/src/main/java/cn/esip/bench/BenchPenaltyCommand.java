package cn.esip.bench;

import cn.esip.api.cli.DataOptions;
import cn.esip.api.cli.EsipMain;
import cn.esip.api.cli.Json;
import cn.esip.api.cli.KnowledgeBases;
import cn.esip.kg.index.ArticleReference;
import cn.esip.kg.index.LawSearcher;
import cn.esip.kg.penalty.PenaltyClause;
import cn.esip.kg.penalty.PenaltyFacts;
import cn.esip.kg.service.LawKnowledgeBase;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code esip bench penalty}: precision and recall of the penalty-clause parse (kinds and fine ranges) against
 * hand-labelled 法律责任 articles; the article text is read from the law index.
 */
@Command(name = "penalty", mixinStandardHelpOptions = true,
        description = "Penalty-clause parse against hand-labelled articles: precision/recall of penalty kinds and fine ranges.")
public final class BenchPenaltyCommand implements Callable<Integer> {

    @Mixin
    DataOptions dataOptions = new DataOptions();

    @Option(names = "--labels", required = true, paramLabel = "FILE.jsonl",
            description = "Lines {id, title, article, types[], corrective, fines[{min, max, base}]}.")
    Path labels;

    @Option(names = "--misses", description = "Print each article whose parse differs (stderr).")
    boolean misses;

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(labels)) {
            throw new EsipMain.UsageError("labels file not found: " + labels);
        }
        int articles = 0;
        int missing = 0;
        int[] types = new int[3];
        int[] fines = new int[3];
        int correctiveRight = 0;
        try (LawKnowledgeBase kb = KnowledgeBases.open(dataOptions)) {
            LawSearcher s = kb.searcher();
            for (String line : Files.readAllLines(labels, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode j = JSON.readTree(line);
                Optional<String> code = s.lookup(new ArticleReference(j.get("title").asText(), j.get("article").asInt(), 0, 0, 0));
                LawSearcher.IndexedText t = code.map(c -> s.article(null, c)).orElse(null);
                if (t == null) {
                    missing++;
                    continue;
                }
                articles++;
                PenaltyFacts p = PenaltyFacts.of(t.text());
                Set<String> want = new HashSet<>();
                j.path("types").forEach(x -> want.add(x.asText()));
                Set<String> got = p == null ? Set.of() : new HashSet<>(p.types());
                count(types, want, got);
                Set<String> wantFines = new HashSet<>();
                j.path("fines").forEach(f -> wantFines.add(fine(dec(f.get("min")), dec(f.get("max")), f.hasNonNull("base"))));
                Set<String> gotFines = new HashSet<>();
                if (p != null) {
                    for (PenaltyClause c : p.fines()) {
                        gotFines.add(fine(c.min(), c.max(), c.base() != null));
                    }
                }
                count(fines, wantFines, gotFines);
                boolean corrective = p != null && p.corrective();
                correctiveRight += corrective == j.path("corrective").asBoolean() ? 1 : 0;
                if (misses && (!want.equals(got) || !wantFines.equals(gotFines))) {
                    System.err.println(j.path("id").asText() + " " + j.get("title").asText() + "#" + j.get("article").asInt()
                            + "\n    types want " + want + " got " + got + "\n    fines want " + wantFines + " got " + gotFines);
                }
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("labels", labels.toString());
        out.put("articles", articles);
        out.put("notInIndex", missing);
        out.put("types", prf(types));
        out.put("fines", prf(fines));
        out.put("correctiveAccuracy", articles == 0 ? 0 : Math.round(1000.0 * correctiveRight / articles) / 1000.0);
        System.out.println(Json.line(out));
        return 0;
    }

    /** A fine range as a comparable key: bounds (plain numbers) and whether it is a multiple of a base. */
    private static String fine(BigDecimal min, BigDecimal max, boolean multiple) {
        return (min == null ? "-" : min.stripTrailingZeros().toPlainString()) + ".." + (max == null ? "-" : max.stripTrailingZeros().toPlainString())
                + (multiple ? "×" : "元");
    }

    private static BigDecimal dec(JsonNode n) {
        return n == null || n.isNull() ? null : new BigDecimal(n.asText());
    }

    private static void count(int[] c, Set<String> want, Set<String> got) {
        for (String g : got) {
            c[want.contains(g) ? 0 : 1]++;
        }
        for (String w : want) {
            if (!got.contains(w)) {
                c[2]++;
            }
        }
    }

    private static Map<String, Object> prf(int[] c) {
        double p = c[0] + c[1] == 0 ? 0 : (double) c[0] / (c[0] + c[1]);
        double r = c[0] + c[2] == 0 ? 0 : (double) c[0] / (c[0] + c[2]);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("truePositives", c[0]);
        m.put("falsePositives", c[1]);
        m.put("falseNegatives", c[2]);
        m.put("precision", Math.round(p * 1000) / 1000.0);
        m.put("recall", Math.round(r * 1000) / 1000.0);
        return m;
    }
}
