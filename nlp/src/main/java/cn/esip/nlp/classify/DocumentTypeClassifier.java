package cn.esip.nlp.classify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** The type of a case document from its content (the printed title in its first lines, else its body's phrases), from the cue table {@value #TABLE}. */
public final class DocumentTypeClassifier implements TextClassifier {

    /** How this classifier was built (shown with every answer). */
    public static final String METHOD = "hand-written title and body cues tried in table order; not trained";
    /** The cue table (class-path resource; registered in models/catalog as classify-doctype). */
    public static final String TABLE = "/cn/esip/nlp/classify/document-type-cues.json";
    /** How sure a type from the title is, from body phrases, and "other" when nothing matched. */
    public static final double TITLE = 0.95, BODY = 0.7, NONE = 0.3;

    private static final int TITLE_LINES = 8;
    private static final int TITLE_LENGTH = 40;
    private static final int BODY_CHARS = 3000;
    private static final Pattern SPACES = Pattern.compile("[\\s\u3000]+");

    /** One line of the cue table: a type, the pattern of its printed title, the phrases of its body (or null). */
    private record Cue(String type, Pattern title, Pattern body, boolean attachment) {
    }

    private final List<Cue> cues;

    /** Every type of the table, the attachments of a case file (营业执照, 身份证件) included. */
    public DocumentTypeClassifier() {
        this(c -> true);
    }

    private DocumentTypeClassifier(Predicate<Cue> keep) {
        this.cues = load().stream().filter(keep).toList();
    }

    /** The case documents' types only, without the attachments (what a case review checks). */
    public static DocumentTypeClassifier documentsOnly() {
        return new DocumentTypeClassifier(c -> !c.attachment());
    }

    /** The types this classifier can give, in table order. */
    public List<String> types() {
        return cues.stream().map(Cue::type).distinct().toList();
    }

    @Override
    public Classification classify(String text) {
        for (String line : headLines(text)) {
            for (Cue c : cues) {
                if (line.length() <= TITLE_LENGTH && c.title().matcher(line).find()) {
                    return answer(c.type(), TITLE, "title: " + line);
                }
            }
        }
        String body = text.length() > BODY_CHARS ? text.substring(0, BODY_CHARS) : text;
        for (Cue c : cues) {
            if (c.body() != null && c.body().matcher(body).find()) {
                return answer(c.type(), BODY, "body");
            }
        }
        return answer(CueClassifier.OTHER, NONE, "none");
    }

    /** The type a title (e.g. the agency's own name of a file) names, if any cue's title pattern matches it. */
    public Optional<String> typeOfTitle(String title) {
        String t = SPACES.matcher(title).replaceAll("");
        return cues.stream().filter(c -> c.title().matcher(t).find()).map(Cue::type).findFirst();
    }

    private static List<String> headLines(String text) {
        List<String> head = new ArrayList<>();
        for (String l : text.split("\n")) {
            String t = SPACES.matcher(l).replaceAll("");
            if (!t.isEmpty()) {
                head.add(t);
            }
            if (head.size() >= TITLE_LINES) {
                break;
            }
        }
        return head;
    }

    private static Classification answer(String type, double confidence, String cue) {
        Map<String, Double> scores = new LinkedHashMap<>();
        scores.put(type, confidence);
        if (!type.equals(CueClassifier.OTHER)) {
            scores.put(CueClassifier.OTHER, 1 - confidence);
        }
        return new Classification(type, confidence, scores, List.of(cue), METHOD);
    }

    private static List<Cue> load() {
        try (InputStream in = DocumentTypeClassifier.class.getResourceAsStream(TABLE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + TABLE);
            }
            List<Cue> out = new ArrayList<>();
            for (JsonNode n : new ObjectMapper().readTree(in)) {
                String body = n.path("body").asText("");
                out.add(new Cue(n.path("type").asText(), Pattern.compile(n.path("title").asText()),
                        body.isEmpty() ? null : Pattern.compile(body),
                        n.path("attachment").asBoolean(false)));
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
