package cn.esip.nlp.pipeline;

import java.util.List;

/** Runs a document through a fixed list of annotators, in order. Thread-safe when its annotators are. */
public final class Pipeline {

    /** Longest text a pipeline accepts, in characters. */
    public static final int MAX_TEXT = 200_000;

    private final List<Annotator> annotators;

    public Pipeline(List<Annotator> annotators) {
        this.annotators = List.copyOf(annotators);
    }

    public List<Annotator> annotators() {
        return annotators;
    }

    public Document process(String text) {
        if (text == null) {
            throw new IllegalArgumentException("no text");
        }
        if (text.length() > MAX_TEXT) {
            throw new IllegalArgumentException("text of " + text.length() + " characters is longer than the limit of "
                    + MAX_TEXT);
        }
        Document doc = new Document(text);
        for (Annotator a : annotators) {
            a.annotate(doc);
            doc.ran(a.name());
        }
        return doc;
    }
}
