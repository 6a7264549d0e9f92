package cn.esip.nlp.learn;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;

/** A multiclass linear classifier over named features, with softmax scores as a confidence. */
public final class LinearClassifier {

    private final SparseWeights weights;
    private final String[] labels;

    LinearClassifier(SparseWeights weights) {
        this.weights = weights;
        this.labels = weights.labels();
    }

    public String[] labels() {
        return labels.clone();
    }

    public int featureCount() {
        return weights.featureCount();
    }

    /** Raw scores, one per label. */
    public double[] scores(List<String> features) {
        double[] s = new double[labels.length];
        weights.score(features, s);
        return s;
    }

    /** Softmax of the raw scores. */
    public static double[] softmax(double[] s) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : s) {
            max = Math.max(max, v);
        }
        double[] p = new double[s.length];
        double z = 0;
        for (int i = 0; i < s.length; i++) {
            p[i] = Math.exp(s[i] - max);
            z += p[i];
        }
        for (int i = 0; i < s.length; i++) {
            p[i] /= z;
        }
        return p;
    }

    /** Index of the best label. */
    public static int argmax(double[] s) {
        int best = 0;
        for (int i = 1; i < s.length; i++) {
            if (s[i] > s[best]) {
                best = i;
            }
        }
        return best;
    }

    void write(DataOutputStream out) throws IOException {
        weights.write(out);
    }

    static LinearClassifier read(DataInputStream in) throws IOException {
        return new LinearClassifier(SparseWeights.read(in));
    }
}
