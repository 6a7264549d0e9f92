package cn.esip.nlp.ie;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads and writes CAIL2022 JSON lines ({@code sentText}, {@code entityMentions}, {@code relationMentions}). */
public final class CailJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CailJson() {
    }

    /** Parses one line; entities and relations are optional (an input to extract from has only sentText). */
    public static LabelledSentence parse(String line) {
        JsonNode n;
        try {
            n = JSON.readTree(line);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("not a JSON object: " + e.getOriginalMessage());
        }
        if (n == null || !n.isObject() || !n.path("sentText").isTextual()) {
            throw new IllegalArgumentException("a CAIL line needs a string field 'sentText'");
        }
        String text = n.get("sentText").asText();
        List<LabelledSpan> ents = new ArrayList<>();
        for (JsonNode e : n.path("entityMentions")) {
            int s = e.path("start").asInt();
            int end = e.path("end").asInt();
            if (s < 0 || end > text.length() || s >= end) {
                throw new IllegalArgumentException("entity offsets out of range: " + e);
            }
            ents.add(new LabelledSpan(s, end, e.path("label").asText(), text.substring(s, end)));
        }
        List<LabelledRelation> rels = new ArrayList<>();
        for (JsonNode r : n.path("relationMentions")) {
            rels.add(new LabelledRelation(r.path("e1start").asInt(), r.path("em1Text").asText(),
                    r.path("e21start").asInt(), r.path("em2Text").asText(), r.path("label").asText()));
        }
        return new LabelledSentence(n.path("articleId").asLong(-1), n.path("sentId").asLong(-1), text, ents, rels);
    }

    /** Receives the sentences of a JSON-lines file one at a time, with their 1-based line numbers. */
    @FunctionalInterface
    public interface LineConsumer {
        void accept(int line, LabelledSentence sentence) throws IOException;
    }

    /** A line of a JSON-lines file that is not a CAIL sentence; the message names the file and the line. */
    public static final class BadLineException extends IllegalArgumentException {
        BadLineException(String message) {
            super(message);
        }
    }

    /**
     * Streams a JSON-lines file to {@code each} (blank lines skipped); a line that does not parse stops it with a
     * {@link BadLineException}.
     */
    public static void forEach(Path file, LineConsumer each) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank()) {
                    continue;
                }
                LabelledSentence s;
                try {
                    s = parse(line);
                } catch (IllegalArgumentException e) {
                    throw new BadLineException(file + " line " + no + ": " + e.getMessage());
                }
                each.accept(no, s);
            }
        }
    }

    /** Reads a whole JSON-lines file (blank lines skipped). */
    public static List<LabelledSentence> read(Path file) {
        List<LabelledSentence> out = new ArrayList<>();
        try {
            forEach(file, (no, s) -> out.add(s));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return out;
    }

    /** Writes one sentence as a CAIL line (ids kept when known). */
    public static String format(LabelledSentence s) {
        ObjectNode o = JSON.createObjectNode();
        if (s.articleId() >= 0) {
            o.put("articleId", s.articleId());
        }
        if (s.sentId() >= 0) {
            o.put("sentId", s.sentId());
        }
        o.put("sentText", s.text());
        ArrayNode ents = o.putArray("entityMentions");
        for (LabelledSpan e : s.entities()) {
            ents.addObject().put("start", e.start()).put("end", e.end()).put("text", e.text()).put("label", e.label());
        }
        ArrayNode rels = o.putArray("relationMentions");
        for (LabelledRelation r : s.relations()) {
            rels.addObject().put("e1start", r.headStart()).put("em1Text", r.headText())
                    .put("e21start", r.tailStart()).put("em2Text", r.tailText()).put("label", r.label());
        }
        try {
            return JSON.writeValueAsString(o);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
