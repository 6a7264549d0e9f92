package cn.esip.nlp.ie;

import cn.esip.nlp.encode.CharEncoder;
import cn.esip.nlp.encode.Encoders;
import cn.esip.nlp.learn.LinearClassifier;
import cn.esip.nlp.learn.ModelFiles;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The relation classifier over entity pairs, in one or two stages (the second sees what the first found in the sentence). */
public final class RelationModel {

    /** The relation labels of CAIL2022, NA ("no relation") first. */
    public static final List<String> LABELS = List.of(LabelledRelation.NONE, "traffic_in", "posess", "sell_drugs_to",
            "provide_shelter_for");
    static final String MODEL_FILE = "relations.bin.gz";
    /** The second stage's classifier; models without it are one-stage. */
    static final String STAGE2_FILE = "relations-stage2.bin.gz";
    static final String MARGIN_FILE = "na-margin.txt";

    private final LinearClassifier classifier;
    private final String[] labels;
    private final double naMargin;
    private final int na;
    private final CharEncoder encoder;
    private final LinearClassifier second;

    public RelationModel(LinearClassifier classifier, double naMargin) {
        this(classifier, naMargin, null);
    }

    /** A one-stage model. */
    public RelationModel(LinearClassifier classifier, double naMargin, CharEncoder encoder) {
        this(classifier, naMargin, encoder, null);
    }

    /**
     * @param naMargin how much the best relation may score below NA and still be chosen (tuned by
     *                 cross-validation over the training articles; 0 = plain argmax)
     * @param encoder  the encoder of the pair vectors, when the classifier has dense weights
     * @param second   the second stage (trained on {@link RelationFeatures#stacked} features too, with the same labels
     *                 and pair vectors), or null for a one-stage model; the NA margin applies to both stages
     */
    public RelationModel(LinearClassifier classifier, double naMargin, CharEncoder encoder,
                             LinearClassifier second) {
        if (second != null && (second.denseDimension() != classifier.denseDimension()
                || !java.util.Arrays.equals(second.labels(), classifier.labels()))) {
            throw new IllegalArgumentException("the second stage needs the first stage's labels and pair vectors");
        }
        if (classifier.denseDimension() > 0 && (encoder == null
                || RelationVectors.dimension(encoder.dimension()) != classifier.denseDimension())) {
            throw new IllegalArgumentException("the relation classifier needs a "
                    + classifier.denseDimension() / 3 + "-dimensional encoder");
        }
        this.classifier = classifier;
        this.labels = classifier.labels();
        this.naMargin = naMargin;
        this.na = java.util.Arrays.asList(labels).indexOf(LabelledRelation.NONE);
        this.encoder = classifier.denseDimension() > 0 ? encoder : null;
        this.second = second;
    }

    public static RelationModel load(Path dir) {
        return load(dir, null);
    }

    /** Loads a model directory; {@code encoder} serves a classifier with dense weights (null: {@link Encoders#bge()}). */
    public static RelationModel load(Path dir, CharEncoder encoder) {
        Path model = dir.resolve(MODEL_FILE);
        if (!Files.isRegularFile(model)) {
            throw new IllegalStateException("no CAIL relation model in " + dir);
        }
        double margin = 0;
        try {
            Path m = dir.resolve(MARGIN_FILE);
            if (Files.isRegularFile(m)) {
                margin = Double.parseDouble(Files.readString(m).strip());
            }
        } catch (java.io.IOException | NumberFormatException e) {
            throw new IllegalStateException("bad " + MARGIN_FILE + " in " + dir + ": " + e.getMessage(), e);
        }
        LinearClassifier cls = ModelFiles.readClassifier(model);
        Path stage2 = dir.resolve(STAGE2_FILE);
        LinearClassifier second = Files.isRegularFile(stage2) ? ModelFiles.readClassifier(stage2) : null;
        CharEncoder enc = null;
        if (cls.denseDimension() > 0) {
            java.util.Properties props = EntityTagger.readProperties(dir.resolve(EntityTagger.ENCODER_FILE));
            String id = props.getProperty("encoder");
            if (!EntityTagger.BGE.equals(id)) {
                throw new IllegalStateException("model in " + dir + " needs unknown encoder '" + id + "'");
            }
            enc = encoder != null ? encoder : Encoders.bge(EntityTagger.layers(props));
        }
        return new RelationModel(cls, margin, enc, second);
    }

    /** Writes a one-stage model; see {@link #save(Path, LinearClassifier, LinearClassifier, double, int)}. */
    public static void save(Path dir, LinearClassifier classifier, double naMargin, int encoderLayers) {
        save(dir, classifier, null, naMargin, encoderLayers);
    }

    /**
     * Writes the classifier, the second stage (when not null; an old second-stage file is removed otherwise), the NA
     * margin and, when the classifier has dense weights, the encoder and layers they need.
     */
    public static void save(Path dir, LinearClassifier classifier, LinearClassifier second, double naMargin,
                            int encoderLayers) {
        ModelFiles.write(dir.resolve(MODEL_FILE), classifier);
        try {
            if (second != null) {
                ModelFiles.write(dir.resolve(STAGE2_FILE), second);
            } else {
                Files.deleteIfExists(dir.resolve(STAGE2_FILE));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        try {
            Path props = dir.resolve(EntityTagger.ENCODER_FILE);
            if (classifier.denseDimension() > 0) {
                Files.writeString(props, "# the encoder the dense weights of " + MODEL_FILE + " were trained on\nencoder="
                        + EntityTagger.BGE + "\nlayers=" + encoderLayers + "\n");
            } else {
                Files.deleteIfExists(props);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        try {
            Files.writeString(dir.resolve(MARGIN_FILE), Double.toString(naMargin) + "\n");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public double naMargin() {
        return naMargin;
    }

    public int featureCount() {
        return classifier.featureCount() + (second == null ? 0 : second.featureCount());
    }

    /** 2 when the model has a second stage, else 1. */
    public int stages() {
        return second == null ? 1 : 2;
    }

    /** The encoder of the pair vectors, or null when the classifier has named features only. */
    public CharEncoder encoder() {
        return encoder;
    }

    /** Relations (NA left out) among the given mentions of {@code text}. */
    public List<ScoredRelation> extract(String text, List<ScoredSpan> entities) {
        return extract(text, entities, encoder == null || entities.size() < 2 ? null : encoder.encode(text));
    }

    /** As above, with the vectors of {@link #encoder()} for {@code text} computed by the caller (or null). */
    public List<ScoredRelation> extract(String text, List<ScoredSpan> entities, float[][] vectors) {
        if (encoder != null && vectors == null && entities.size() >= 2) {
            vectors = encoder.encode(text);
        }
        RelationFeatures.TriggerIndex ix = new RelationFeatures.TriggerIndex(text);
        List<int[]> pairs = new ArrayList<>();
        List<List<String>> features = new ArrayList<>();
        for (int h = 0; h < entities.size(); h++) {
            for (int t = 0; t < entities.size(); t++) {
                if (h != t && RelationFeatures.candidate(entities.get(h).label(), entities.get(t).label())) {
                    pairs.add(new int[]{h, t});
                    features.add(RelationFeatures.extract(text, entities, h, t, ix));
                }
            }
        }
        List<ScoredRelation> first = classify(classifier, entities, vectors, pairs, features);
        if (second == null) {
            return first;
        }
        List<LabelledRelation> found = first.stream().map(ScoredRelation::toRelation).toList();
        for (int k = 0; k < pairs.size(); k++) {
            List<String> f = new ArrayList<>(features.get(k));
            f.addAll(RelationFeatures.stacked(entities, pairs.get(k)[0], pairs.get(k)[1], found));
            features.set(k, f);
        }
        return classify(second, entities, vectors, pairs, features);
    }

    /** Runs one stage over the candidate pairs, each with its features. */
    private List<ScoredRelation> classify(LinearClassifier stage, List<ScoredSpan> entities, float[][] vectors,
                                          List<int[]> pairs, List<List<String>> features) {
        List<ScoredRelation> out = new ArrayList<>();
        for (int k = 0; k < pairs.size(); k++) {
            ScoredSpan head = entities.get(pairs.get(k)[0]);
            ScoredSpan tail = entities.get(pairs.get(k)[1]);
            double[] s = stage.scores(features.get(k), encoder == null ? null : RelationVectors.pair(vectors, head, tail));
            int best = bestRelation(s);
            if (best >= 0) {
                out.add(new ScoredRelation(head, tail, labels[best], LinearClassifier.softmax(s)[best]));
            }
        }
        return out;
    }

    /** The best non-NA label if it scores at least NA − margin, else -1. */
    private int bestRelation(double[] s) {
        int best = -1;
        for (int l = 0; l < s.length; l++) {
            if (l != na && (best < 0 || s[l] > s[best])) {
                best = l;
            }
        }
        return best >= 0 && s[best] >= s[na] - naMargin ? best : -1;
    }
}
