package cn.esip.nlp.learn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

/** Trains a {@link LinearClassifier} with the multiclass averaged perceptron, deterministically. */
public final class ClassifierTrainer {

    /** One training instance: named features, an optional dense vector (null: none) and the gold label. */
    public record Example(List<String> features, float[] vector, String label) {
        public Example(List<String> features, String label) {
            this(features, null, label);
        }
    }

    private ClassifierTrainer() {
    }

    public static LinearClassifier train(List<Example> data, String[] labels, int epochs, long seed,
                                         Consumer<String> progress) {
        return train(data, labels, epochs, seed, 0, progress);
    }

    /** As above; examples with vectors also train dense weights, the standardised vectors scaled by {@code alpha}. */
    public static LinearClassifier train(List<Example> data, String[] labels, int epochs, long seed, double alpha,
                                         Consumer<String> progress) {
        Map<String, Integer> li = new HashMap<>();
        for (int i = 0; i < labels.length; i++) {
            li.put(labels[i], i);
        }
        AveragedWeights w = new AveragedWeights(labels.length);
        List<int[]> feats = new ArrayList<>();
        int[] gold = new int[data.size()];
        for (int i = 0; i < data.size(); i++) {
            feats.add(w.ids(data.get(i).features()));
            Integer g = li.get(data.get(i).label());
            if (g == null) {
                throw new IllegalArgumentException("unknown label " + data.get(i).label());
            }
            gold[i] = g;
        }
        boolean useDense = !data.isEmpty() && data.get(0).vector() != null;
        DenseWeights.Inputs inputs = useDense ? DenseWeights.Inputs.of(
                data.stream().map(e -> new float[][]{e.vector()}).toList(), data.get(0).vector().length, alpha) : null;
        int dim = useDense ? inputs.mean().length : 0;
        float[][] dw = new float[labels.length][dim];
        double[][] du = new double[labels.length][dim];
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < data.size(); i++) {
            order.add(i);
        }
        Random rnd = new Random(seed);
        long step = 1;
        double[] s = new double[labels.length];
        for (int epoch = 1; epoch <= epochs; epoch++) {
            Collections.shuffle(order, rnd);
            int errors = 0;
            for (int idx : order) {
                java.util.Arrays.fill(s, 0);
                w.addScores(feats.get(idx), s);
                float[] x = useDense ? inputs.vectors().get(idx)[0] : null;
                if (x != null) {
                    for (int c = 0; c < s.length; c++) {
                        double v = 0;
                        for (int d = 0; d < dim; d++) {
                            v += dw[c][d] * x[d];
                        }
                        s[c] += v;
                    }
                }
                int pred = LinearClassifier.argmax(s);
                if (pred != gold[idx]) {
                    errors++;
                    w.update(feats.get(idx), gold[idx], 1f, step);
                    w.update(feats.get(idx), pred, -1f, step);
                    if (x != null) {
                        int g = gold[idx];
                        for (int d = 0; d < dim; d++) {
                            dw[g][d] += x[d];
                            du[g][d] += step * x[d];
                            dw[pred][d] -= x[d];
                            du[pred][d] -= step * x[d];
                        }
                    }
                }
                step++;
            }
            if (progress != null) {
                progress.accept(String.format("epoch %d/%d: %.4f errors", epoch, epochs,
                        data.isEmpty() ? 0 : (double) errors / data.size()));
            }
        }
        return new LinearClassifier(w.average(labels, step, 1e-4f), useDense ? inputs.averaged(dw, du, step) : null);
    }
}
