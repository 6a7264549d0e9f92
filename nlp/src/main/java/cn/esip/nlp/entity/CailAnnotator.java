package cn.esip.nlp.entity;

import cn.esip.nlp.cail.CailExtractor;
import cn.esip.nlp.cail.ScoredRelation;
import cn.esip.nlp.cail.ScoredSpan;
import cn.esip.nlp.pipeline.Annotator;
import cn.esip.nlp.pipeline.Document;
import cn.esip.nlp.pipeline.Entity;
import cn.esip.nlp.pipeline.Relation;

import java.util.HashMap;
import java.util.Map;

/**
 * The CAIL2022 entities (Nh, Ns, NT, NDR, NW) and relations found by the trained models, run paragraph by
 * paragraph (relations in the data span several sentences of a paragraph; long paragraphs are cut at a
 * sentence end near {@value #CHUNK} characters).
 */
public final class CailAnnotator implements Annotator {

    static final int CHUNK = 600;

    private final CailExtractor extractor;

    public CailAnnotator(CailExtractor extractor) {
        this.extractor = extractor;
    }

    @Override
    public String name() {
        return "cail";
    }

    @Override
    public void annotate(Document doc) {
        String t = doc.text();
        int start = 0;
        while (start < t.length()) {
            int end = chunkEnd(t, start);
            String chunk = t.substring(start, end);
            if (!chunk.isBlank()) {
                CailExtractor.Result r = extractor.extract(chunk);
                Map<ScoredSpan, Entity> map = new HashMap<>();
                for (ScoredSpan s : r.entities()) {
                    Entity e = new Entity(s.label(), s.start() + start, s.end() + start, s.text(), s.confidence(), null,
                            extractor.nerId(), Map.of());
                    map.put(s, e);
                    doc.addEntity(e);
                }
                for (ScoredRelation rel : r.relations()) {
                    doc.addRelation(new Relation(rel.label(), map.get(rel.head()), map.get(rel.tail()), rel.confidence(),
                            "re-cail"));
                }
            }
            start = end;
        }
    }

    private static int chunkEnd(String t, int start) {
        int nl = t.indexOf('\n', start);
        int end = nl < 0 ? t.length() : nl + 1;
        if (end - start <= CHUNK) {
            return end;
        }
        int cut = -1;
        for (int i = start + CHUNK; i > start + CHUNK / 3; i--) {
            char c = t.charAt(i - 1);
            if (c == '。' || c == '；' || c == '！' || c == '？') {
                cut = i;
                break;
            }
        }
        return cut > 0 ? cut : start + CHUNK;
    }

    @Override
    public java.util.Set<cn.esip.nlp.pipeline.Annotation> requires() {
        return java.util.EnumSet.of(cn.esip.nlp.pipeline.Annotation.NORMALIZED_TEXT);
    }

    @Override
    public java.util.Set<cn.esip.nlp.pipeline.Annotation> produces() {
        return java.util.EnumSet.of(cn.esip.nlp.pipeline.Annotation.CAIL_ENTITIES);
    }
}
