package cn.esip.bench;

import cn.esip.api.cli.DataOptions;
import cn.esip.api.cli.EsipMain;
import cn.esip.api.cli.Json;
import cn.esip.api.cli.KnowledgeBases;
import cn.esip.kg.qa.QaAnswer;
import cn.esip.kg.service.LawKnowledgeBase;
import cn.esip.nlp.text.ChineseNumerals;
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
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code esip bench qa}: knowledge-QA accuracy on questions with answer keys (the format of
 * ../shared/retrieval/qa.jsonl): an answer is right when it holds every key, numerals normalised on both sides.
 */
@Command(name = "qa", mixinStandardHelpOptions = true,
        description = "QA accuracy, abstention rate and accuracy of the answers given, with latency.")
public final class BenchQaCommand implements Callable<Integer> {

    @Mixin
    DataOptions dataOptions = new DataOptions();

    @Option(names = "--questions", required = true, paramLabel = "FILE.jsonl",
            description = "Lines {id, question, answer_keys[], gold[{title, article}]}.")
    Path questions;

    @Option(names = "--threshold", paramLabel = "C", description = "Coverage below which QA abstains (default: the platform's).")
    Double threshold;

    @Option(names = "--misses", description = "Print each wrong or abstained answer (stderr).")
    boolean misses;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern NUMERAL = Pattern.compile("[零〇一二两三四五六七八九十百千万]+");

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(questions)) {
            throw new EsipMain.UsageError("questions file not found: " + questions);
        }
        int n = 0;
        int right = 0;
        int abstained = 0;
        int citedGold = 0;
        List<Double> ms = new ArrayList<>();
        try (LawKnowledgeBase kb = KnowledgeBases.open(dataOptions)) {
            if (!kb.hasIndex()) {
                throw new EsipMain.UsageError("no law index in " + kb.indexPath() + " (run: esip import --corpus DIR)");
            }
            kb.ask("行政处罚的种类有哪些？");
            for (String line : Files.readAllLines(questions, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode j = JSON.readTree(line);
                n++;
                long t0 = System.nanoTime();
                QaAnswer a = threshold == null ? kb.ask(j.get("question").asText())
                        : new cn.esip.kg.qa.LawQa(kb.searcher(), threshold).answer(j.get("question").asText());
                ms.add((System.nanoTime() - t0) / 1e6);
                if (a.abstained()) {
                    abstained++;
                }
                boolean ok = !a.abstained();
                for (JsonNode key : j.path("answer_keys")) {
                    ok &= normalise(a.answer()).contains(normalise(key.asText()));
                }
                right += ok ? 1 : 0;
                JsonNode gold = j.path("gold").path(0);
                boolean gotGold = !a.abstained() && !a.citations().isEmpty()
                        && a.citations().get(0).title().equals(gold.path("title").asText())
                        && a.citations().get(0).articleNumber() == gold.path("article").asInt();
                citedGold += gotGold ? 1 : 0;
                if (misses) {
                    System.err.printf("conf %.3f %s %s%n", a.confidence(), ok ? "RIGHT" : a.abstained() ? "ABST" : "WRONG", j.path("id").asText());
                }
                if (misses && !ok) {
                    System.err.println((a.abstained() ? "abstained " : "wrong ") + j.path("id").asText() + " " + j.get("question").asText()
                            + "\n    keys " + j.path("answer_keys") + "  gold " + gold.path("title").asText() + "#" + gold.path("article").asInt()
                            + "\n    got  " + a.answer() + (a.citations().isEmpty() ? "" : "  [" + a.citations().get(0).title() + "#"
                            + a.citations().get(0).articleNumber() + "] conf " + a.confidence()));
                }
            }
        }
        double[] sorted = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("questions", questions.toString());
        out.put("count", n);
        out.put("accuracy", round((double) right / n));
        out.put("abstentionRate", round((double) abstained / n));
        out.put("accuracyOfAnswers", n == abstained ? 0 : round((double) right / (n - abstained)));
        out.put("goldArticleCited", round((double) citedGold / n));
        out.put("p50Ms", round(BenchSearchCommand.pct(sorted, 0.5)));
        out.put("p95Ms", round(BenchSearchCommand.pct(sorted, 0.95)));
        System.out.println(Json.line(out));
        return 0;
    }

    /** Chinese numerals as digits, white space and full-width forms removed, so 十日 and 10日 compare equal. */
    static String normalise(String s) {
        String t = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKC).replaceAll("\\s+", "");
        Matcher m = NUMERAL.matcher(t);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String num;
            try {
                num = String.valueOf(ChineseNumerals.parse(m.group()));
            } catch (RuntimeException e) {
                num = m.group();
            }
            m.appendReplacement(sb, num);
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
