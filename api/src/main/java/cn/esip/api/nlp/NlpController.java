package cn.esip.api.nlp;

import cn.esip.nlp.classify.Classification;
import cn.esip.nlp.pipeline.Document;
import cn.esip.nlp.pipeline.Entity;
import cn.esip.nlp.pipeline.Relation;
import cn.esip.nlp.segment.Token;
import cn.esip.nlp.service.Extraction;
import cn.esip.nlp.service.NlpService;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

/** REST API of the NLP service: segmentation, entities, full extraction and classification of a text. */
@RestController
@RequestMapping(path = "/api/v1/nlp", consumes = MediaType.APPLICATION_JSON_VALUE,
        produces = MediaType.APPLICATION_JSON_VALUE)
public class NlpController {

    /** Request body of every endpoint: the text (at most {@value NlpService#MAX_TEXT} characters). */
    public record TextRequest(String text) {
    }

    /** Answer of /segment. */
    public record SegmentResponse(String text, List<Token> tokens) {
    }

    /** Answer of /entities. */
    public record EntitiesResponse(String text, List<Entity> entities, List<Relation> relations, List<String> unavailable) {
    }

    private final LazyNlpService nlp;

    public NlpController(LazyNlpService nlp) {
        this.nlp = nlp;
    }

    private static String text(TextRequest r) {
        if (r == null || r.text() == null) {
            throw new IllegalArgumentException("request body needs a string field 'text'");
        }
        return r.text();
    }

    @PostMapping("/segment")
    public SegmentResponse segment(@RequestBody TextRequest req) {
        String t = text(req);
        List<Token> tokens = nlp.get().segment(t);
        return new SegmentResponse(cn.esip.nlp.normalize.TextNormalizer.normalize(t), tokens);
    }

    @PostMapping("/entities")
    public EntitiesResponse entities(@RequestBody TextRequest req) {
        NlpService s = nlp.get();
        Document d = s.annotate(text(req));
        return new EntitiesResponse(d.text(), d.entities(), d.relations(), s.unavailable());
    }

    @PostMapping("/extract")
    public Extraction extract(@RequestBody TextRequest req) {
        return nlp.get().extract(text(req));
    }

    @PostMapping("/classify")
    public Map<String, Classification> classify(@RequestBody TextRequest req) {
        return nlp.get().classify(text(req));
    }
}
