package cn.esip.api.security;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The capabilities an application or a person may be granted (分级授权), one per service family. */
public enum Scope {
    LAW_READ("law:read", "law search, laws and provisions"),
    NLP("nlp", "segmentation, entities, extraction, classification, de-identification"),
    OCR("ocr", "OCR and image analysis"),
    SPEECH("speech", "transcription and synthesis"),
    REVIEW("review", "submit and read case-file reviews, plans, statistics, rule sets"),
    REVIEW_DECIDE("review:decide", "record a reviewer's 复核 decision on a review"),
    PII("pii", "see personal data unmasked in results"),
    ADMIN("admin", "applications, signing keys, audit trail, metrics");

    private final String id;
    private final String description;

    Scope(String id, String description) {
        this.id = id;
        this.description = description;
    }

    /** The scope's name in tokens and requests, e.g. {@code law:read}. */
    public String id() {
        return id;
    }

    public String description() {
        return description;
    }

    /** The Spring Security authority that a token carrying this scope grants. */
    public String authority() {
        return "SCOPE_" + id;
    }

    /** The scope named {@code id}; an unknown name is a caller's mistake. */
    public static Scope of(String id) {
        String s = id == null ? "" : id.strip().toLowerCase(Locale.ROOT);
        for (Scope sc : values()) {
            if (sc.id.equals(s)) {
                return sc;
            }
        }
        throw new IllegalArgumentException("unknown scope '" + id + "' (known: "
                + Arrays.stream(values()).map(Scope::id).collect(Collectors.joining(", ")) + ")");
    }

    /** Parses a space- or comma-separated list of scope names. */
    public static Set<Scope> parse(String list) {
        Set<Scope> out = new LinkedHashSet<>();
        if (list == null) {
            return out;
        }
        for (String p : list.split("[\\s,]+")) {
            if (!p.isBlank()) {
                out.add(of(p));
            }
        }
        return out;
    }

    /** The scopes as a space-separated list, the form of the OAuth {@code scope} parameter. */
    public static String join(Set<Scope> scopes) {
        return scopes.stream().map(Scope::id).collect(Collectors.joining(" "));
    }
}
