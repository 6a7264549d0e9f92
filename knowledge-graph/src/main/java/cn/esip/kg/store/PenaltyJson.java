package cn.esip.kg.store;

import cn.esip.kg.penalty.PenaltyFacts;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The penalty facts of an article as the JSON property {@code penalty} of its provision node, written at import. */
final class PenaltyJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PenaltyJson() {
    }

    /** The property for an article's text: its penalty facts as JSON, or null when it names no penalty. */
    static String write(String text) {
        PenaltyFacts f = PenaltyFacts.of(text);
        if (f == null) {
            return null;
        }
        try {
            return JSON.writeValueAsString(f);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write penalty facts: " + e.getMessage(), e);
        }
    }

    /** The stored facts; for a graph imported before they were stored ({@code json} null), read from the text. */
    static PenaltyFacts read(String json, String text) {
        if (json == null) {
            return PenaltyFacts.of(text);
        }
        try {
            return JSON.readValue(json, PenaltyFacts.class);
        } catch (JsonProcessingException e) {
            return PenaltyFacts.of(text);
        }
    }
}
