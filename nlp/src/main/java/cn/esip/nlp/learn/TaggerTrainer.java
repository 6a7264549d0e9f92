package cn.esip.nlp.learn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

/** Trains a {@link LinearTagger} with the structured averaged perceptron (Collins 2002), deterministically. */
public final class TaggerTrainer {

    /**
     * One training sequence: features per position, optionally one encoder vector per position (null when the
     * tagger is sparse only), and the gold tag per position.
     */
    public record Example(List<List<String>> features, float[][] vectors, String[] tags) {
        public Example(List<List<String>> features, String[] tags) {
            this(features, null, tags);
        }
    }

    private TaggerTrainer() {
    }

    public static LinearTagger train(List<Example> data, String[] tagSet, int epochs, long seed,
                                     Consumer<String> progress) {
        return train(data, tagSet, epochs, seed, 0, progress);
    }

    /**
     * As {@link #train(List, String[], int, long, Consumer)}, with dense weights over the examples' encoder
     * vectors when they have them; {@code alpha} scales the standardised vectors (their learning rate relative to
     * the binary features).
     */
    public static LinearTagger train(List<Example> data, String[] tagSet, int epochs, long seed, double alpha,
                                     Consumer<String> progress) {
        int n = tagSet.length;
        AveragedWeights w = new AveragedWeights(n);
        int[] transIds = new int[n];
        for (int p = 0; p < n; p++) {
            transIds[p] = w.id(LinearTagger.TRANSITION + tagSet[p]);
        }
        int startId = w.id(LinearTagger.TRANSITION + LinearTagger.START);
        List<int[][]> feats = new ArrayList<>();
        for (Example e : data) {
            int[][] f = new int[e.features().size()][];
            for (int i = 0; i < f.length; i++) {
                f[i] = w.ids(e.features().get(i));
            }
            feats.add(f);
        }
        List<int[]> gold = goldIndices(data, tagSet);
        BioesScheme.Constraints k = BioesScheme.Constraints.of(tagSet);
        boolean[][] allowed = k.allowed();
        boolean[] allowedStart = k.start();
        boolean[] allowedEnd = k.end();
        DenseWeights.Inputs inputs = denseInputs(data, alpha);
        boolean useDense = inputs != null;
        int dim = useDense ? inputs.mean().length : 0;
        List<float[][]> xs = useDense ? inputs.vectors() : List.of();
        float[][] dw = new float[n][dim];
        double[][] du = new double[n][dim];
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < data.size(); i++) {
            order.add(i);
        }
        Random rnd = new Random(seed);
        long step = 1;
        double[] start = new double[n];
        double[][] trans = new double[n][n];
        for (int epoch = 1; epoch <= epochs; epoch++) {
            Collections.shuffle(order, rnd);
            int errors = 0;
            long tokens = 0;
            for (int idx : order) {
                int[][] f = feats.get(idx);
                int[] g = gold.get(idx);
                if (g.length == 0) {
                    continue;
                }
                double[][] em = new double[f.length][n];
                float[][] x = useDense ? xs.get(idx) : null;
                for (int i = 0; i < f.length; i++) {
                    w.addScores(f[i], em[i]);
                    if (x != null) {
                        for (int c = 0; c < n; c++) {
                            float[] wc = dw[c];
                            double s = 0;
                            for (int d = 0; d < dim; d++) {
                                s += wc[d] * x[i][d];
                            }
                            em[i][c] += s;
                        }
                    }
                }
                for (int c = 0; c < n; c++) {
                    start[c] = w.score(new int[]{startId}, c);
                    for (int p = 0; p < n; p++) {
                        trans[p][c] = w.score(new int[]{transIds[p]}, c);
                    }
                }
                int[] pred = LinearTagger.viterbi(em, start, trans, allowed, allowedStart, allowedEnd);
                tokens += g.length;
                for (int i = 0; i < g.length; i++) {
                    if (pred[i] != g[i]) {
                        errors++;
                        w.update(f[i], g[i], 1f, step);
                        w.update(f[i], pred[i], -1f, step);
                        if (x != null) {
                            for (int d = 0; d < dim; d++) {
                                float v = x[i][d];
                                dw[g[i]][d] += v;
                                du[g[i]][d] += step * v;
                                dw[pred[i]][d] -= v;
                                du[pred[i]][d] -= step * v;
                            }
                        }
                    }
                    int gp = i == 0 ? -1 : g[i - 1];
                    int pp = i == 0 ? -1 : pred[i - 1];
                    if (gp != pp || g[i] != pred[i]) {
                        w.update(new int[]{gp < 0 ? startId : transIds[gp]}, g[i], 1f, step);
                        w.update(new int[]{pp < 0 ? startId : transIds[pp]}, pred[i], -1f, step);
                    }
                }
                step++;
            }
            if (progress != null) {
                progress.accept(String.format("epoch %d/%d: %.4f tag errors", epoch, epochs,
                        tokens == 0 ? 0 : (double) errors / tokens));
            }
        }
        return new LinearTagger(w.average(tagSet, step, 1e-4f), useDense ? inputs.averaged(dw, du, step) : null);
    }

    /** Gold tag indices of every example (an unknown tag is an error). */
    static List<int[]> goldIndices(List<Example> data, String[] tagSet) {
        java.util.Map<String, Integer> tagIndex = new java.util.HashMap<>();
        for (int i = 0; i < tagSet.length; i++) {
            tagIndex.put(tagSet[i], i);
        }
        List<int[]> gold = new ArrayList<>();
        for (Example e : data) {
            int[] g = new int[e.tags().length];
            for (int i = 0; i < g.length; i++) {
                Integer t = tagIndex.get(e.tags()[i]);
                if (t == null) {
                    throw new IllegalArgumentException("unknown tag " + e.tags()[i]);
                }
                g[i] = t;
            }
            gold.add(g);
        }
        return gold;
    }

    /** The examples' encoder vectors standardised, or null when they have none. */
    static DenseWeights.Inputs denseInputs(List<Example> data, double alpha) {
        if (data.isEmpty() || data.get(0).vectors() == null) {
            return null;
        }
        return DenseWeights.Inputs.of(data.stream().map(Example::vectors).toList(),
                data.get(0).vectors()[0].length, alpha);
    }
}
