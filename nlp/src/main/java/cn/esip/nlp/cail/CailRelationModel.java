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

    private final LinearClassifier classifier;
    private final String[] labels;

    public CailRelationModel(LinearClassifier classifier) {
        this.classifier = classifier;
        this.labels = classifier.labels();
    }

    public static CailRelationModel load(Path dir) {
        Path model = dir.resolve(MODEL_FILE);
        if (!Files.isRegularFile(model)) {
            throw new IllegalStateException("no CAIL relation model in " + dir);
        }
        return new CailRelationModel(ModelFiles.readClassifier(model));
    }

    public static void save(Path dir, LinearClassifier classifier) {
        ModelFiles.write(dir.resolve(MODEL_FILE), classifier);
    }

    public int featureCount() {
        return classifier.featureCount();
    }

    /** Relations (NA left out) among the given mentions of {@code text}. */
    public List<ScoredRelation> extract(String text, List<ScoredSpan> entities) {
        List<ScoredRelation> out = new ArrayList<>();
        for (int h = 0; h < entities.size(); h++) {
            for (int t = 0; t < entities.size(); t++) {
                if (h == t || !RelationFeatures.candidate(entities.get(h).label(), entities.get(t).label())) {
                    continue;
                }
                double[] s = classifier.scores(RelationFeatures.extract(text, entities, h, t));
                int best = LinearClassifier.argmax(s);
                if (!labels[best].equals(CailRelation.NONE)) {
                    out.add(new ScoredRelation(entities.get(h), entities.get(t), labels[best],
                            LinearClassifier.softmax(s)[best]));
                }
            }
        }
        return out;
    }
}
