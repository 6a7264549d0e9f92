package cn.esip.nlp.learn;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;

/**
 * A multiclass linear classifier over named features and, optionally, a dense vector ({@link DenseWeights}),
 * with softmax scores as a confidence.
 */
public final class LinearClassifier {

    private final SparseWeights weights;
    private final DenseWeights dense;
    private final String[] labels;

    LinearClassifier(SparseWeights weights, DenseWeights dense) {
        this.weights = weights;
        this.dense = dense;
        this.labels = weights.labels();
    }

    /** Length of the dense vector the model needs, or 0 when it uses named features only. */
    public int denseDimension() {
        return dense == null ? 0 : dense.dimension();
    }

    public String[] labels() {
        return labels.clone();
    }

    public int featureCount() {
        return weights.featureCount();
    }

    /** Raw scores, one per label. */
    public double[] scores(List<String> features) {
        return scores(features, null);
    }

    /** Raw scores, one per label, from the features and (required when the model has dense weights) a vector. */
    public double[] scores(List<String> features, float[] vector) {
        double[] s = new double[labels.length];
        weights.score(features, s);
        if (dense != null) {
            if (vector == null || vector.length != dense.dimension()) {
                throw new IllegalArgumentException("this classifier needs a " + dense.dimension() + "-dimensional vector");
            }
            dense.score(vector, s);
        }
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
        out.writeByte(dense == null ? 0 : 1);
        if (dense != null) {
            dense.write(out);
        }
    }

    static LinearClassifier read(DataInputStream in) throws IOException {
        SparseWeights w = SparseWeights.read(in);
        int more = in.read(); // files written before dense weights end here
        return new LinearClassifier(w, more == 1 ? DenseWeights.read(in) : null);
    }
}
