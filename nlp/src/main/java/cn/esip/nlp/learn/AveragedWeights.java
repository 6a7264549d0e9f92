package cn.esip.nlp.learn;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Trainable weights of an averaged perceptron: feature names are indexed as they are first seen, and the
 * running sum needed for averaging is kept with the usual "timestamped update" trick.
 */
final class AveragedWeights {

    private final int labels;
    private final Map<String, Integer> index = new HashMap<>();
    private final List<String> names = new ArrayList<>();
    private final List<float[]> w = new ArrayList<>();
    private final List<double[]> u = new ArrayList<>();

    AveragedWeights(int labels) {
        this.labels = labels;
    }

    /** Index of a feature, adding it when new. */
    int id(String feature) {
        Integer id = index.get(feature);
        if (id == null) {
            id = names.size();
            index.put(feature, id);
            names.add(feature);
            w.add(new float[labels]);
            u.add(new double[labels]);
        }
        return id;
    }

    int[] ids(List<String> features) {
        int[] out = new int[features.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = id(features.get(i));
        }
        return out;
    }

    void addScores(int[] feats, double[] scores) {
        for (int f : feats) {
            float[] v = w.get(f);
            for (int l = 0; l < labels; l++) {
                scores[l] += v[l];
            }
        }
    }

    double score(int[] feats, int label) {
        double s = 0;
        for (int f : feats) {
            s += w.get(f)[label];
        }
        return s;
    }

    void update(int[] feats, int label, float delta, long step) {
        for (int f : feats) {
            w.get(f)[label] += delta;
            u.get(f)[label] += step * delta;
        }
    }

    /** Averaged weights after {@code steps} updates, dropping features whose weights round to zero. */
    SparseWeights average(String[] labelNames, long steps, float minAbs) {
        Map<String, float[]> out = new HashMap<>();
        for (int f = 0; f < names.size(); f++) {
            float[] a = new float[labels];
            boolean any = false;
            for (int l = 0; l < labels; l++) {
                float v = (float) (w.get(f)[l] - u.get(f)[l] / steps);
                if (Math.abs(v) >= minAbs) {
                    a[l] = v;
                    any = true;
                }
            }
            if (any) {
                out.put(names.get(f), a);
            }
        }
        return new SparseWeights(labelNames, out);
    }
}
