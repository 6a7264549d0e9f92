package cn.esip.nlp.pipeline;

import java.util.List;

/**
 * Runs a document through a list of annotators, in order, checked when built: each annotator's requirements must be
 * produced by one before it. Thread-safe when its annotators are.
 */
public final class Pipeline {

    /** Longest text a pipeline accepts, in characters. */
    public static final int MAX_TEXT = 200_000;

    private final List<Annotator> annotators;

    /** @throws IllegalArgumentException when an annotator requires what no annotator before it produces */
    public Pipeline(List<Annotator> annotators) {
        this.annotators = List.copyOf(annotators);
        java.util.Set<Annotation> have = java.util.EnumSet.noneOf(Annotation.class);
        for (Annotator a : this.annotators) {
            java.util.Set<Annotation> missing = java.util.EnumSet.noneOf(Annotation.class);
            missing.addAll(a.requires());
            missing.removeAll(have);
            if (!missing.isEmpty()) {
                throw new IllegalArgumentException("annotator " + a.name() + " requires " + missing
                        + ", which no annotator before it produces (before it: " + have + ")");
            }
            have.addAll(a.produces());
        }
    }

    /**
     * A pipeline of {@code annotators} in an order that satisfies every requirement: each step takes the first
     * annotator (in the given order) whose requirements are met by those already placed.
     *
     * @throws IllegalArgumentException when some annotator's requirement is produced by none of them
     */
    public static Pipeline ordered(java.util.Collection<Annotator> annotators) {
        List<Annotator> left = new java.util.ArrayList<>(annotators);
        List<Annotator> placed = new java.util.ArrayList<>();
        java.util.Set<Annotation> have = java.util.EnumSet.noneOf(Annotation.class);
        while (!left.isEmpty()) {
            Annotator next = left.stream().filter(a -> have.containsAll(a.requires())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no order satisfies " + left.stream()
                            .map(a -> a.name() + " (requires " + a.requires() + ")").toList() + " after " + have));
            left.remove(next);
            placed.add(next);
            have.addAll(next.produces());
        }
        return new Pipeline(placed);
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
