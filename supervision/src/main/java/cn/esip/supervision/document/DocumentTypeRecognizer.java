package cn.esip.supervision.document;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Recognises a document's type from its content: the printed form title among its first lines (cues tried in
 * table order, the more specific forms first), else the phrases of its body. The file name is never read here;
 * comparing the two is the caller's business. The cue table is data ({@value #TABLE}).
 */
public final class DocumentTypeRecognizer {

    /** The cue table on the class path. */
    public static final String TABLE = "/cn/esip/supervision/document-type-cues.json";
    private static final int TITLE_LINES = 8;

    private final List<TypeCue> cues;

    public DocumentTypeRecognizer() {
        this.cues = load();
    }

    /** A recognised type and how sure the recogniser is (title cue 0.95, body cue 0.7, nothing 0.3). */
    public record Recognition(DocumentType type, double confidence, String cue) {
    }

    public Recognition recognize(String text) {
        List<String> head = new ArrayList<>();
        for (String l : text.split("\n")) {
            String t = l.replaceAll("[\\s\u3000]+", "");
            if (!t.isEmpty()) {
                head.add(t);
            }
            if (head.size() >= TITLE_LINES) {
                break;
            }
        }
        for (String l : head) {
            for (TypeCue c : cues) {
                if (l.length() <= 40 && c.title().matcher(l).find()) {
                    return new Recognition(c.type(), 0.95, "title: " + l);
                }
            }
        }
        String body = text.length() > 3000 ? text.substring(0, 3000) : text;
        for (TypeCue c : cues) {
            if (c.body() != null && c.body().matcher(body).find()) {
                return new Recognition(c.type(), 0.7, "body");
            }
        }
        return new Recognition(DocumentType.其他, 0.3, "none");
    }

    /** Whether the agency's own title (from the file name) names the recognised type. */
    public boolean nameAgrees(String nameTitle, DocumentType type) {
        String t = nameTitle.replaceAll("[\\s\u3000]+", "");
        for (TypeCue c : cues) {
            if (c.title().matcher(t).find()) {
                return c.type() == type;
            }
        }
        return type == DocumentType.其他 || type == DocumentType.检测鉴定报告;
    }

    private static List<TypeCue> load() {
        try (InputStream in = DocumentTypeRecognizer.class.getResourceAsStream(TABLE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + TABLE);
            }
            List<TypeCue> out = new ArrayList<>();
            for (JsonNode n : new ObjectMapper().readTree(in)) {
                String body = n.path("body").asText("");
                out.add(new TypeCue(DocumentType.valueOf(n.path("type").asText()), Pattern.compile(n.path("title").asText()),
                        body.isEmpty() ? null : Pattern.compile(body)));
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
