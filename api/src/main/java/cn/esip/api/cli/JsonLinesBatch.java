package cn.esip.api.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Runs a command over a JSON Lines file in one process: each line's object goes to a handler that fills the output
 * line; a bad line gets an {@code {"id", "error"}} line and the rest go on. Invalid UTF-8 stops the batch.
 */
final class JsonLinesBatch {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonLinesBatch() {
    }

    /** Reads {@code file}, calls {@code handler} with each line's object and its output (the id already in it), prints. */
    static void run(Path file, BiConsumer<JsonNode, Map<String, Object>> handler) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new EsipMain.UsageError("batch file not found: " + file);
        }
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        int lineNo = 0;
        int errors = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder))) {
            String line;
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                Map<String, Object> out = new LinkedHashMap<>();
                try {
                    JsonNode n = JSON.readTree(line);
                    out.put("id", n.hasNonNull("id") ? JSON.treeToValue(n.get("id"), Object.class) : "line " + lineNo);
                    if (!n.isObject()) {
                        throw new IllegalArgumentException("each line must be a JSON object");
                    }
                    handler.accept(n, out);
                } catch (IOException | RuntimeException e) {
                    errors++;
                    Object id = out.getOrDefault("id", "line " + lineNo);
                    out.clear();
                    out.put("id", id);
                    out.put("error", e instanceof IOException ? "not a JSON object: " + firstLine(e.getMessage()) : e.getMessage());
                }
                System.out.println(Json.line(out));
            }
        } catch (CharacterCodingException e) {
            throw new EsipMain.UsageError("batch file is not valid UTF-8 after line " + lineNo + ": " + file);
        }
        System.err.println("processed " + (lineNo - errors) + " lines" + (errors > 0 ? ", " + errors + " with errors" : ""));
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("");
    }
}
