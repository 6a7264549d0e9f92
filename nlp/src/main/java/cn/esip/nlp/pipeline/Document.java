package cn.esip.nlp.pipeline;

import cn.esip.nlp.segment.Token;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * A text passing through the pipeline (CoreNLP style): the original, the normalised text all offsets refer
 * to, and the annotations the annotators add (sentences, tokens, entities, relations).
 */
public final class Document {

    private final String original;
    private String text;
    private final List<Sentence> sentences = new ArrayList<>();
    private final List<Token> tokens = new ArrayList<>();
    private final List<Entity> entities = new ArrayList<>();
    private final java.util.Set<String> entityKeys = new java.util.HashSet<>();
    private final List<Relation> relations = new ArrayList<>();
    private final List<String> annotators = new ArrayList<>();
    private final java.util.Map<Key<?>, Object> values = new java.util.HashMap<>();

    /**
     * A typed slot for an annotation that has one value per document (a classification, a decision frame),
     * as CoreNLP's typed annotation keys; keys are compared by identity, so each is a constant of its annotator.
     */
    public static final class Key<T> {
        private final String name;
        private final Class<T> type;

        public Key(String name, Class<T> type) {
            this.name = name;
            this.type = type;
        }

        public String name() {
            return name;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    public Document(String original) {
        this.original = original == null ? "" : original;
        this.text = this.original;
    }

    public String original() {
        return original;
    }

    /** The normalised text (equal to the original until the normaliser runs). */
    public String text() {
        return text;
    }

    public void setText(String text) {
        if (!sentences.isEmpty() || !tokens.isEmpty() || !entities.isEmpty()) {
            throw new IllegalStateException("the text can only change before anything is annotated");
        }
        this.text = text;
    }

    public List<Sentence> sentences() {
        return Collections.unmodifiableList(sentences);
    }

    public List<Token> tokens() {
        return Collections.unmodifiableList(tokens);
    }

    /** Entities ordered by start, then longer first. */
    public List<Entity> entities() {
        List<Entity> e = new ArrayList<>(entities);
        e.sort(Comparator.comparingInt(Entity::start).thenComparing(x -> -(x.end() - x.start())));
        return e;
    }

    /** Entities with one of the given labels. */
    public List<Entity> entities(String... labels) {
        List<String> l = List.of(labels);
        return entities().stream().filter(e -> l.contains(e.label())).toList();
    }

    public List<Relation> relations() {
        return Collections.unmodifiableList(relations);
    }

    /** Names of the annotators that ran, in order. */
    public List<String> annotators() {
        return Collections.unmodifiableList(annotators);
    }

    public void addSentence(Sentence s) {
        sentences.add(s);
    }

    public void addTokens(List<Token> t) {
        tokens.addAll(t);
    }

    /** Adds an entity unless the same span with the same label is already there. */
    public void addEntity(Entity e) {
        if (e.start() < 0 || e.end() > text.length() || e.start() >= e.end()) {
            throw new IllegalArgumentException("entity outside the text: " + e);
        }
        if (entityKeys.add(e.start() + ":" + e.end() + ":" + e.label())) {
            entities.add(e);
        }
    }

    /** True when an entity of one of {@code labels} overlaps [start, end). */
    public boolean overlaps(int start, int end, String... labels) {
        List<String> l = List.of(labels);
        for (Entity x : entities) {
            if (x.start() < end && start < x.end() && (l.isEmpty() || l.contains(x.label()))) {
                return true;
            }
        }
        return false;
    }

    public void addRelation(Relation r) {
        relations.add(r);
    }

    /** Sets the document's value for {@code key}. */
    public <T> void put(Key<T> key, T value) {
        values.put(key, key.type.cast(java.util.Objects.requireNonNull(value, key.name)));
    }

    /** The document's value for {@code key}, empty when no annotator set one. */
    public <T> java.util.Optional<T> get(Key<T> key) {
        return java.util.Optional.ofNullable(key.type.cast(values.get(key)));
    }

    void ran(String annotator) {
        annotators.add(annotator);
    }
}
