package cn.esip.nlp.pipeline;

import cn.esip.nlp.normalize.TextNormalizer;

/** Replaces the document's text by its normalised form (see {@link TextNormalizer}). */
public final class NormalizeAnnotator implements Annotator {

    @Override
    public String name() {
        return "normalize";
    }

    @Override
    public void annotate(Document doc) {
        doc.setText(TextNormalizer.normalize(doc.text()));
    }

    @Override
    public java.util.Set<cn.esip.nlp.pipeline.Annotation> requires() {
        return java.util.EnumSet.noneOf(cn.esip.nlp.pipeline.Annotation.class);
    }

    @Override
    public java.util.Set<cn.esip.nlp.pipeline.Annotation> produces() {
        return java.util.EnumSet.of(cn.esip.nlp.pipeline.Annotation.NORMALIZED_TEXT);
    }
}
