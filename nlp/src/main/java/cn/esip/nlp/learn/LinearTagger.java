package cn.esip.nlp.learn;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;

/**
 * A first-order linear-chain tagger (weights from a structured averaged perceptron): Viterbi decoding under
 * the BIOES constraints, and per-position tag marginals (forward-backward over the scores as log-potentials)
 * used as a confidence. Emission scores come from sparse named features and, optionally, from dense encoder
 * vectors ({@link DenseWeights}).
 */
public final class LinearTagger {

    /** Prefix of the transition features ({@code T:<previous tag>}, weights over the current tag). */
    static final String TRANSITION = "T:";
    static final String START = "<s>";

    private final SparseWeights weights;
    private final DenseWeights dense;
    private final String[] tags;
    private final double[][] trans;
    private final double[] start;
    private final boolean[][] allowed;
    private final boolean[] allowedStart;
    private final boolean[] allowedEnd;

    LinearTagger(SparseWeights weights, DenseWeights dense) {
        this.weights = weights;
        this.dense = dense;
        this.tags = weights.labels();
        int n = tags.length;
        trans = new double[n][n];
        start = new double[n];
        BioesScheme.Constraints k = BioesScheme.Constraints.of(tags);
        allowed = k.allowed();
        allowedStart = k.start();
        allowedEnd = k.end();
        float[] s = weights.get(TRANSITION + START);
        for (int c = 0; c < n; c++) {
            start[c] = s == null ? 0 : s[c];
        }
        for (int p = 0; p < n; p++) {
            float[] t = weights.get(TRANSITION + tags[p]);
            for (int c = 0; c < n; c++) {
                trans[p][c] = t == null ? 0 : t[c];
            }
        }
    }

    public String[] tags() {
        return tags.clone();
    }

    public int featureCount() {
        return weights.featureCount();
    }

    /** Length of the encoder vectors the model needs, or 0 when it uses sparse features only. */
    public int denseDimension() {
        return dense == null ? 0 : dense.dimension();
    }

    /** Emission scores: one row per position. */
    public double[][] emissions(List<List<String>> features) {
        return emissions(features, null);
    }

    /**
     * Emission scores from the sparse features and, when the model has dense weights, the encoder vectors (one
     * per position; required then).
     */
    public double[][] emissions(List<List<String>> features, float[][] vectors) {
        double[][] e = new double[features.size()][tags.length];
        checkVectors(e.length, vectors);
        for (int i = 0; i < e.length; i++) {
            weights.score(features.get(i), e[i]);
        }
        addDense(e, vectors, 0);
        return e;
    }

    private void checkVectors(int positions, float[][] vectors) {
        if (dense != null && (vectors == null || vectors.length != positions)) {
            throw new IllegalArgumentException("this tagger needs one encoder vector per position");
        }
    }

    private void addDense(double[][] e, float[][] vectors, int window) {
        if (dense != null) {
            dense.scoreWindowed(vectors, window, e);
        }
    }

    /** The seed feature names are hashed with for {@link #emissionsHashed}. */
    public long hashSeed() {
        return weights.hashSeed();
    }

    /**
     * As {@link #emissions(List, float[][])}, with each position's features given as their hashes under
     * {@link #hashSeed()} (see {@code SparseWeights.hash}) rather than their names, and the dense input at position
     * {@code i} being the concatenation of {@code vectors[i - window] .. vectors[i + window]} (zeros past the ends;
     * see {@link cn.esip.nlp.encode.WindowedEncoder}), which is not built.
     */
    public double[][] emissionsHashed(long[][] features, float[][] vectors, int window) {
        double[][] e = new double[features.length][tags.length];
        checkVectors(e.length, vectors);
        for (int i = 0; i < e.length; i++) {
            weights.score(features[i], e[i]);
        }
        addDense(e, vectors, window);
        return e;
    }

    /** Best tag sequence (indices into {@link #tags()}). */
    public int[] decode(double[][] em) {
        return viterbi(em, start, trans, allowed, allowedStart, allowedEnd);
    }

    static int[] viterbi(double[][] em, double[] start, double[][] trans, boolean[][] allowed,
                         boolean[] allowedStart, boolean[] allowedEnd) {
        int len = em.length;
        int n = start.length;
        if (len == 0) {
            return new int[0];
        }
        double[][] best = new double[len][n];
        int[][] back = new int[len][n];
        for (int c = 0; c < n; c++) {
            best[0][c] = allowedStart[c] ? start[c] + em[0][c] : Double.NEGATIVE_INFINITY;
        }
        for (int i = 1; i < len; i++) {
            for (int c = 0; c < n; c++) {
                double b = Double.NEGATIVE_INFINITY;
                int arg = 0;
                for (int p = 0; p < n; p++) {
                    if (!allowed[p][c]) {
                        continue;
                    }
                    double v = best[i - 1][p] + trans[p][c];
                    if (v > b) {
                        b = v;
                        arg = p;
                    }
                }
                best[i][c] = b + em[i][c];
                back[i][c] = arg;
            }
        }
        double b = Double.NEGATIVE_INFINITY;
        int arg = 0;
        for (int c = 0; c < n; c++) {
            if (allowedEnd[c] && best[len - 1][c] > b) {
                b = best[len - 1][c];
                arg = c;
            }
        }
        int[] out = new int[len];
        out[len - 1] = arg;
        for (int i = len - 1; i > 0; i--) {
            out[i - 1] = back[i][out[i]];
        }
        return out;
    }

    /**
     * Marginal probability of each tag at each position, treating scores as log-potentials (scaled
     * forward-backward in probability space: one exp per score, none per transition step).
     */
    public double[][] marginals(double[][] em) {
        int len = em.length;
        int n = tags.length;
        double[][] m = new double[len][n];
        if (len == 0) {
            return m;
        }
        double[][] et = new double[n][n];
        for (int p = 0; p < n; p++) {
            for (int c = 0; c < n; c++) {
                et[p][c] = allowed[p][c] ? Math.exp(trans[p][c]) : 0;
            }
        }
        double[][] ee = new double[len][n];
        for (int i = 0; i < len; i++) {
            double max = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < n; c++) {
                max = Math.max(max, em[i][c]);
            }
            for (int c = 0; c < n; c++) {
                ee[i][c] = Math.exp(em[i][c] - max);
            }
        }
        double[][] a = new double[len][n];
        double[][] b = new double[len][n];
        double startMax = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < n; c++) {
            startMax = Math.max(startMax, start[c]);
        }
        for (int c = 0; c < n; c++) {
            a[0][c] = allowedStart[c] ? Math.exp(start[c] - startMax) * ee[0][c] : 0;
        }
        normalize(a[0]);
        for (int i = 1; i < len; i++) {
            for (int c = 0; c < n; c++) {
                double s = 0;
                for (int p = 0; p < n; p++) {
                    s += a[i - 1][p] * et[p][c];
                }
                a[i][c] = s * ee[i][c];
            }
            normalize(a[i]);
        }
        for (int c = 0; c < n; c++) {
            b[len - 1][c] = allowedEnd[c] ? 1 : 0;
        }
        for (int i = len - 2; i >= 0; i--) {
            for (int p = 0; p < n; p++) {
                double s = 0;
                for (int c = 0; c < n; c++) {
                    s += et[p][c] * ee[i + 1][c] * b[i + 1][c];
                }
                b[i][p] = s;
            }
            normalize(b[i]);
        }
        for (int i = 0; i < len; i++) {
            double z = 0;
            for (int c = 0; c < n; c++) {
                m[i][c] = a[i][c] * b[i][c];
                z += m[i][c];
            }
            if (z > 0) {
                for (int c = 0; c < n; c++) {
                    m[i][c] /= z;
                }
            }
        }
        return m;
    }

    private static void normalize(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        if (s > 0) {
            for (int i = 0; i < v.length; i++) {
                v[i] /= s;
            }
        }
    }

    void write(DataOutputStream out) throws IOException {
        weights.write(out);
        out.writeByte(dense == null ? 0 : 1);
        if (dense != null) {
            dense.write(out);
        }
    }

    static LinearTagger read(DataInputStream in) throws IOException {
        SparseWeights w = SparseWeights.read(in);
        int more = in.read(); // files written before dense weights end here
        return new LinearTagger(w, more == 1 ? DenseWeights.read(in) : null);
    }
}
