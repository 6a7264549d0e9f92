package cn.esip.nlp.entity;

import cn.esip.nlp.ie.EntityRelationExtractor;
import cn.esip.nlp.ie.ExtractorTraining;
import cn.esip.nlp.ie.ScoredRelation;
import cn.esip.nlp.ie.ScoredSpan;
import cn.esip.nlp.pipeline.Annotator;
import cn.esip.nlp.pipeline.Document;
import cn.esip.nlp.pipeline.Sentence;
import cn.esip.nlp.pipeline.Entity;
import cn.esip.nlp.pipeline.Relation;

import java.util.HashMap;
import java.util.Map;

/** The trained entities and relations over the document's sentences, grouped by paragraph in chunks of at most {@value #CHUNK} characters. */
public final class EntityRelationAnnotator implements Annotator {

    /** The annotator's name in a pipeline's configuration. */
    public static final String NAME = "entity-relations";

    static final int CHUNK = 600;

    private final EntityRelationExtractor extractor;

    public EntityRelationAnnotator(EntityRelationExtractor extractor) {
        this.extractor = extractor;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void annotate(Document doc) {
        String t = doc.text();
        for (int[] c : chunks(t, doc.sentences())) {
            int start = c[0];
            EntityRelationExtractor.Result r = extractor.extract(t.substring(c[0], c[1]));
            Map<ScoredSpan, Entity> map = new HashMap<>();
            for (ScoredSpan s : r.entities()) {
                Entity e = new Entity(s.label(), s.start() + start, s.end() + start, s.text(), s.confidence(), null,
                        extractor.nerId(), Map.of());
                map.put(s, e);
                doc.addEntity(e);
            }
            for (ScoredRelation rel : r.relations()) {
                doc.addRelation(new Relation(rel.label(), map.get(rel.head()), map.get(rel.tail()), rel.confidence(),
                        ExtractorTraining.RE_ID));
            }
        }
    }

    /**
     * The document's sentences grouped into chunks [start, end): consecutive sentences of one paragraph (no line
     * break between them) while the chunk stays within {@value #CHUNK} characters; a longer sentence alone, cut
     * every {@value #CHUNK} characters.
     */
    static java.util.List<int[]> chunks(String t, java.util.List<Sentence> sentences) {
        java.util.List<int[]> out = new java.util.ArrayList<>();
        int start = -1, end = -1;
        for (Sentence s : sentences) {
            boolean sameParagraph = start >= 0 && t.substring(end, s.start()).indexOf('\n') < 0;
            if (sameParagraph && s.end() - start <= CHUNK) {
                end = s.end();
                continue;
            }
            if (start >= 0) {
                out.add(new int[]{start, end});
            }
            start = s.start();
            end = s.end();
            while (end - start > CHUNK) {
                out.add(new int[]{start, start + CHUNK});
                start += CHUNK;
            }
        }
        if (start >= 0) {
            out.add(new int[]{start, end});
        }
        return out;
    }

    @Override
    public java.util.Set<cn.esip.nlp.pipeline.Annotation> requires() {
        return java.util.EnumSet.of(cn.esip.nlp.pipeline.Annotation.SENTENCES);
    }

    @Override
    public java.util.Set<cn.esip.nlp.pipeline.Annotation> produces() {
        return java.util.EnumSet.of(cn.esip.nlp.pipeline.Annotation.CAIL_ENTITIES);
    }
}
