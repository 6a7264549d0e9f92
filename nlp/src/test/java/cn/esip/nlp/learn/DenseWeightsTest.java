package cn.esip.nlp.learn;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dense (encoder-vector) weights of the tagger and the classifier: a task whose answer lies only in the vectors
 * is learnt with them and not without them, and the weights survive a save and load.
 */
class DenseWeightsTest {

    private static final String[] TAGS = BioesScheme.tags(List.of("X"));

    /** Sequences where position i is a one-character entity X exactly when coordinate 0 of its vector is positive. */
    private static List<TaggerTrainer.Example> sequences(int count, long seed, boolean withVectors) {
        Random r = new Random(seed);
        List<TaggerTrainer.Example> out = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            int n = 5 + r.nextInt(10);
            List<List<String>> f = new ArrayList<>();
            float[][] v = new float[n][4];
            String[] tags = new String[n];
            for (int i = 0; i < n; i++) {
                f.add(Collections.singletonList("b"));
                for (int d = 0; d < 4; d++) {
                    v[i][d] = (float) r.nextGaussian() + 3f; // an offset, removed by the standardisation
                }
                tags[i] = v[i][0] > 3f ? "S-X" : "O";
            }
            out.add(new TaggerTrainer.Example(f, withVectors ? v : null, tags));
        }
        return out;
    }

    private static double accuracy(LinearTagger t, List<TaggerTrainer.Example> data) {
        int ok = 0;
        int all = 0;
        for (TaggerTrainer.Example e : data) {
            int[] best = t.decode(t.emissions(e.features(), t.denseDimension() == 0 ? null : e.vectors()));
            for (int i = 0; i < best.length; i++) {
                ok += TAGS[best[i]].equals(e.tags()[i]) ? 1 : 0;
                all++;
            }
        }
        return (double) ok / all;
    }

    @Test
    void taggerLearnsFromVectorsAndKeepsThemThroughSaveAndLoad(@TempDir Path tmp) {
        LinearTagger dense = TaggerTrainer.train(sequences(200, 1, true), TAGS, 5, 3L, 0.5, null);
        LinearTagger sparse = TaggerTrainer.train(sequences(200, 1, false), TAGS, 5, 3L, 0, null);
        List<TaggerTrainer.Example> test = sequences(100, 2, true);
        assertThat(dense.denseDimension()).isEqualTo(4);
        assertThat(sparse.denseDimension()).isZero();
        assertThat(accuracy(dense, test)).isGreaterThan(0.95);
        assertThat(accuracy(sparse, test)).isLessThan(0.75);

        ModelFiles.write(tmp.resolve("t.bin.gz"), dense);
        LinearTagger back = ModelFiles.readTagger(tmp.resolve("t.bin.gz"));
        TaggerTrainer.Example e = test.get(0);
        assertThat(back.emissions(e.features(), e.vectors())).isDeepEqualTo(dense.emissions(e.features(), e.vectors()));
        ModelFiles.write(tmp.resolve("s.bin.gz"), sparse);
        assertThat(ModelFiles.readTagger(tmp.resolve("s.bin.gz")).denseDimension()).isZero();
    }

    @Test
    void crfTrainingLearnsTheSameTaskDeterministically(@TempDir Path tmp) throws Exception {
        LinearTagger a = CrfTrainer.train(sequences(200, 1, true), TAGS, 5, 3L, 0.1, 0, 0.5, null);
        LinearTagger b = CrfTrainer.train(sequences(200, 1, true), TAGS, 5, 3L, 0.1, 0, 0.5, null);
        assertThat(accuracy(a, sequences(100, 2, true))).isGreaterThan(0.95);
        ModelFiles.write(tmp.resolve("a.gz"), a);
        ModelFiles.write(tmp.resolve("b.gz"), b);
        assertThat(java.nio.file.Files.readAllBytes(tmp.resolve("a.gz")))
                .isEqualTo(java.nio.file.Files.readAllBytes(tmp.resolve("b.gz")));
        // marginals of a CRF are probabilities: each position's sum to 1
        TaggerTrainer.Example e = sequences(1, 4, true).get(0);
        for (double[] row : a.marginals(a.emissions(e.features(), e.vectors()))) {
            assertThat(java.util.Arrays.stream(row).sum()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        }
    }

    @Test
    void scoringAWholeSequenceGivesTheSameScoresAsScoringEachPosition() {
        Random r = new Random(9);
        int tags = 21;
        int base = 30;
        for (int k = 0; k <= 2; k++) {
            int dim = base * (2 * k + 1);
            float[] mean = new float[dim];
            float[] scale = new float[dim];
            float[][] w = new float[tags][dim];
            for (int d = 0; d < dim; d++) {
                mean[d] = (float) r.nextGaussian();
                scale[d] = 0.1f + r.nextFloat();
                for (int t = 0; t < tags; t++) {
                    w[t][d] = r.nextInt(5) == 0 ? 0f : (float) r.nextGaussian();
                }
            }
            DenseWeights dw = new DenseWeights(mean, scale, w);
            float[][] h = new float[37][base];
            for (float[] row : h) {
                for (int d = 0; d < base; d++) {
                    row[d] = r.nextInt(7) == 0 ? 0f : (float) r.nextGaussian() * 3;
                }
            }
            float[][] windowed = cn.esip.nlp.encode.WindowedEncoder.concat(h, k);
            double[][] batch = new double[h.length][tags];
            double[][] single = new double[h.length][tags];
            for (int i = 0; i < h.length; i++) {
                batch[i][0] = single[i][0] = i; // scores are added to, not overwritten
                dw.score(windowed[i], single[i]);
            }
            dw.scoreWindowed(h, k, batch);
            assertThat(batch).as("window ±%d", k).isDeepEqualTo(single);
            assertThat(single[3][5]).isNotZero();
            double[][] plain = new double[h.length][tags];
            plain[h.length - 1][0] = h.length - 1;
            dw.scoreWindowed(windowed, 0, plain);
            assertThat(plain[h.length - 1]).isEqualTo(single[h.length - 1]);
            int kk = k;
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> dw.scoreWindowed(h, kk + 1, batch))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void aTaggerWithDenseWeightsRefusesInputWithoutVectors() {
        LinearTagger dense = TaggerTrainer.train(sequences(20, 1, true), TAGS, 1, 3L, 0.5, null);
        TaggerTrainer.Example e = sequences(1, 2, false).get(0);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> dense.emissions(e.features(), null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void classifierLearnsFromVectors(@TempDir Path tmp) {
        Random r = new Random(5);
        List<ClassifierTrainer.Example> train = new ArrayList<>();
        List<ClassifierTrainer.Example> test = new ArrayList<>();
        for (int k = 0; k < 600; k++) {
            float[] v = {(float) r.nextGaussian(), (float) r.nextGaussian()};
            String label = v[0] + v[1] > 0 ? "A" : "B";
            (k < 400 ? train : test).add(new ClassifierTrainer.Example(List.of("b"), v, label));
        }
        LinearClassifier c = ClassifierTrainer.train(train, new String[]{"A", "B"}, 5, 1L, 1.0, null);
        ModelFiles.write(tmp.resolve("c.bin.gz"), c);
        LinearClassifier back = ModelFiles.readClassifier(tmp.resolve("c.bin.gz"));
        long ok = test.stream().filter(e -> back.labels()[LinearClassifier.argmax(back.scores(e.features(), e.vector()))]
                .equals(e.label())).count();
        assertThat(ok).isGreaterThan(180);
        assertThat(back.denseDimension()).isEqualTo(2);
    }
}
