package cn.esip.nlp.cail;

import cn.esip.nlp.learn.LinearClassifier;
import cn.esip.nlp.learn.ModelFiles;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The CAIL2022 relation classifier (traffic_in, posess, sell_drugs_to, provide_shelter_for) over entity pairs. */
public final class CailRelationModel {

    /** The relation labels of CAIL2022, NA ("no relation") first. */
    public static final List<String> LABELS = List.of(CailRelation.NONE, "traffic_in", "posess", "sell_drugs_to",
            "provide_shelter_for");
    static final String MODEL_FILE = "relations.bin.gz";
    static final String MARGIN_FILE = "na-margin.txt";

    private final LinearClassifier classifier;
    private final String[] labels;
    private final double naMargin;
    private final int na;

    /**
     * @param naMargin how much the best relation may score below NA and still be chosen (tuned on a
     *                 development split of the training articles; 0 = plain argmax)
     */
    public CailRelationModel(LinearClassifier classifier, double naMargin) {
        this.classifier = classifier;
        this.labels = classifier.labels();
        this.naMargin = naMargin;
        this.na = java.util.Arrays.asList(labels).indexOf(CailRelation.NONE);
    }

    public static CailRelationModel load(Path dir) {
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
        return new CailRelationModel(ModelFiles.readClassifier(model), margin);
    }

    public static void save(Path dir, LinearClassifier classifier, double naMargin) {
        ModelFiles.write(dir.resolve(MODEL_FILE), classifier);
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
        return classifier.featureCount();
    }

    /** Relations (NA left out) among the given mentions of {@code text}. */
    public List<ScoredRelation> extract(String text, List<ScoredSpan> entities) {
        List<ScoredRelation> out = new ArrayList<>();
        RelationFeatures.TriggerIndex ix = new RelationFeatures.TriggerIndex(text);
        for (int h = 0; h < entities.size(); h++) {
            for (int t = 0; t < entities.size(); t++) {
                if (h == t || !RelationFeatures.candidate(entities.get(h).label(), entities.get(t).label())) {
                    continue;
                }
                double[] s = classifier.scores(RelationFeatures.extract(text, entities, h, t, ix));
                int best = bestRelation(s);
                if (best >= 0) {
                    out.add(new ScoredRelation(entities.get(h), entities.get(t), labels[best],
                            LinearClassifier.softmax(s)[best]));
                }
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
