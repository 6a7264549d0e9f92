package cn.esip.api.privacy;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code POST /api/v1/nlp/deidentify}: a text with its personal data masked, and where and what was masked. */
@RestController
public class DeidentifyController {

    /** At most this many characters in one request. */
    public static final int MAX_TEXT = 1_000_000;

    /** The request body. */
    public record TextRequest(String text) {
    }

    private final PiiMasking masking;

    public DeidentifyController(PiiMasking masking) {
        this.masking = masking;
    }

    @PostMapping(path = "/api/v1/nlp/deidentify", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    public Map<String, Object> deidentify(@RequestBody TextRequest req) {
        if (req == null || req.text() == null) {
            throw new IllegalArgumentException("request body needs a string field 'text'");
        }
        if (req.text().length() > MAX_TEXT) {
            throw new IllegalArgumentException("text longer than " + MAX_TEXT + " characters");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("text", masking.deidentifier().mask(req.text()));
        out.put("masked", PiiMasking.spans(masking.deidentifier().find(req.text())));
        return out;
    }
}
