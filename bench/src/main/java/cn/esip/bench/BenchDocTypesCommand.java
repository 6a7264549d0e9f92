package cn.esip.bench;

import cn.esip.api.cli.EsipMain;
import cn.esip.api.cli.Json;
import cn.esip.supervision.document.DocumentTypeRecognizer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

/**
 * {@code esip bench doctypes}: how often the review's document-type recognition (from content, never the file
 * name) gives the hand-assigned type of each labelled case document.
 */
@Command(name = "doctypes", mixinStandardHelpOptions = true,
        description = "Document-type recognition from content against hand-labelled case documents: accuracy and confusions.")
public final class BenchDocTypesCommand implements Callable<Integer> {

    @Option(names = "--cases", required = true, paramLabel = "DIR", description = "Directory holding the case directories.")
    Path cases;

    @Option(names = "--labels", required = true, paramLabel = "FILE.jsonl", description = "Lines {case, document, type}.")
    Path labels;

    @Option(names = "--misses", description = "Print each document recognised wrongly (stderr).")
    boolean misses;

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(labels) || !Files.isDirectory(cases)) {
            throw new EsipMain.UsageError("need an existing --labels file and --cases directory");
        }
        ObjectMapper json = new ObjectMapper();
        DocumentTypeRecognizer recognizer = new DocumentTypeRecognizer();
        int total = 0;
        int right = 0;
        Map<String, Integer> confusions = new TreeMap<>();
        for (String line : Files.readAllLines(labels, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode j = json.readTree(line);
            Path doc = cases.resolve(j.get("case").asText()).resolve("documents").resolve(j.get("document").asText());
            if (!Files.isRegularFile(doc)) {
                throw new EsipMain.UsageError("labelled document not found: " + doc);
            }
            String want = j.get("type").asText();
            DocumentTypeRecognizer.Recognition got = recognizer.recognize(Files.readString(doc, StandardCharsets.UTF_8));
            total++;
            if (got.type().name().equals(want)) {
                right++;
            } else {
                confusions.merge(want + " → " + got.type().name(), 1, Integer::sum);
                if (misses) {
                    System.err.println(j.get("case").asText() + "/" + j.get("document").asText() + ": want " + want
                            + ", got " + got.type() + " (" + got.cue() + ")");
                }
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("labels", labels.toString());
        out.put("documents", total);
        out.put("right", right);
        out.put("accuracy", total == 0 ? 0 : Math.round(1000.0 * right / total) / 1000.0);
        out.put("confusions", confusions);
        System.out.println(Json.line(out));
        return 0;
    }
}
