package cn.esip.speech.asr;

import cn.esip.models.ModelRegistry;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Parses Vosk's JSON results (with word times) into {@link Utterance}s. */
public final class VoskResults {

    private VoskResults() {
    }

    /** The utterance in a final result, or empty when it holds no words. */
    public static Optional<Utterance> parseFinal(String json) {
        JsonNode root = read(json);
        List<Word> words = new ArrayList<>();
        for (JsonNode w : root.path("result")) {
            words.add(new Word(w.path("word").asText(), w.path("start").asDouble(), w.path("end").asDouble(),
                    w.path("conf").asDouble(Double.NaN)));
        }
        String text = joinText(root.path("text").asText(""));
        if (words.isEmpty() && text.isBlank()) {
            return Optional.empty();
        }
        double start = words.isEmpty() ? 0 : words.get(0).start();
        double end = words.isEmpty() ? 0 : words.get(words.size() - 1).end();
        return Optional.of(new Utterance(start, end, text, words));
    }

    /** The text of a partial result. */
    public static String parsePartial(String json) {
        return joinText(read(json).path("partial").asText(""));
    }

    /** Vosk separates Chinese words by spaces; drop spaces between CJK characters, keep them between Latin words. */
    public static String joinText(String spaced) {
        String s = spaced.strip();
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' && i > 0 && i + 1 < s.length() && (isCjk(s.charAt(i - 1)) || isCjk(s.charAt(i + 1)))) {
                continue;
            }
            sb.append(c);
        }
        return sb.toString();
    }

    private static boolean isCjk(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    private static JsonNode read(String json) {
        try {
            return ModelRegistry.json().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable Vosk result: " + e.getMessage(), e);
        }
    }
}
