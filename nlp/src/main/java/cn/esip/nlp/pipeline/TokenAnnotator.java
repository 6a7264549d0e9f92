package cn.esip.nlp.pipeline;

import cn.esip.nlp.segment.Segmenter;
import cn.esip.nlp.segment.Token;

import java.util.ArrayList;
import java.util.List;

/** Segments each sentence into words with the given segmenter; token offsets refer to the document text. */
public final class TokenAnnotator implements Annotator {

    private final Segmenter segmenter;

    public TokenAnnotator(Segmenter segmenter) {
        this.segmenter = segmenter;
    }

    @Override
    public String name() {
        return "tokens";
    }

    @Override
    public void annotate(Document doc) {
        for (Sentence s : doc.sentences()) {
            List<Token> out = new ArrayList<>();
            for (Token t : segmenter.segment(s.text())) {
                out.add(new Token(t.text(), t.pos(), t.start() + s.start(), t.end() + s.start()));
            }
            doc.addTokens(out);
        }
    }

    @Override
    public java.util.Set<cn.esip.nlp.pipeline.Annotation> requires() {
        return java.util.EnumSet.of(cn.esip.nlp.pipeline.Annotation.SENTENCES);
    }

    @Override
    public java.util.Set<cn.esip.nlp.pipeline.Annotation> produces() {
        return java.util.EnumSet.of(cn.esip.nlp.pipeline.Annotation.TOKENS);
    }
}
