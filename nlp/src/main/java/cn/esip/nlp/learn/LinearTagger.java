package cn.esip.nlp.learn;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;

/**
 * A first-order linear-chain tagger (weights from a structured averaged perceptron): Viterbi decoding under
 * the BIOES constraints, and per-position tag marginals (forward-backward over the scores as log-potentials)
 * used as a confidence.
 */
public final class LinearTagger {

    /** Prefix of the transition features ({@code T:<previous tag>}, weights over the current tag). */
    static final String TRANSITION = "T:";
    static final String START = "<s>";

    private final SparseWeights weights;
    private final String[] tags;
    private final double[][] trans;
    private final double[] start;
    private final boolean[][] allowed;
    private final boolean[] allowedStart;
    private final boolean[] allowedEnd;

    LinearTagger(SparseWeights weights) {
        this.weights = weights;
        this.tags = weights.labels();
        int n = tags.length;
        trans = new double[n][n];
        allowed = new boolean[n][n];
        start = new double[n];
        allowedStart = new boolean[n];
        allowedEnd = new boolean[n];
        float[] s = weights.get(TRANSITION + START);
        for (int c = 0; c < n; c++) {
            start[c] = s == null ? 0 : s[c];
            allowedStart[c] = BioesScheme.allowed(null, tags[c]);
            allowedEnd[c] = BioesScheme.canEnd(tags[c]);
        }
        for (int p = 0; p < n; p++) {
            float[] t = weights.get(TRANSITION + tags[p]);
            for (int c = 0; c < n; c++) {
                trans[p][c] = t == null ? 0 : t[c];
                allowed[p][c] = BioesScheme.allowed(tags[p], tags[c]);
            }
        }
    }

    public String[] tags() {
        return tags.clone();
    }

    public int featureCount() {
        return weights.featureCount();
    }

    /** Emission scores: one row per position. */
    public double[][] emissions(List<List<String>> features) {
        double[][] e = new double[features.size()][tags.length];
        for (int i = 0; i < e.length; i++) {
            weights.score(features.get(i), e[i]);
        }
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

    /** Marginal probability of each tag at each position, treating scores as log-potentials. */
    public double[][] marginals(double[][] em) {
        int len = em.length;
        int n = tags.length;
        double[][] a = new double[len][n];
        double[][] b = new double[len][n];
        if (len == 0) {
            return a;
        }
        for (int c = 0; c < n; c++) {
            a[0][c] = allowedStart[c] ? start[c] + em[0][c] : Double.NEGATIVE_INFINITY;
        }
        double[] tmp = new double[n];
        for (int i = 1; i < len; i++) {
            for (int c = 0; c < n; c++) {
                for (int p = 0; p < n; p++) {
                    tmp[p] = allowed[p][c] ? a[i - 1][p] + trans[p][c] : Double.NEGATIVE_INFINITY;
                }
                a[i][c] = logSum(tmp) + em[i][c];
            }
        }
        for (int c = 0; c < n; c++) {
            b[len - 1][c] = allowedEnd[c] ? 0 : Double.NEGATIVE_INFINITY;
        }
        for (int i = len - 2; i >= 0; i--) {
            for (int p = 0; p < n; p++) {
                for (int c = 0; c < n; c++) {
                    tmp[c] = allowed[p][c] ? trans[p][c] + em[i + 1][c] + b[i + 1][c] : Double.NEGATIVE_INFINITY;
                }
                b[i][p] = logSum(tmp);
            }
        }
        double[] last = new double[n];
        for (int c = 0; c < n; c++) {
            last[c] = a[len - 1][c] + b[len - 1][c];
        }
        double z = logSum(last);
        double[][] m = new double[len][n];
        for (int i = 0; i < len; i++) {
            for (int c = 0; c < n; c++) {
                m[i][c] = Math.exp(a[i][c] + b[i][c] - z);
            }
        }
        return m;
    }

    private static double logSum(double[] v) {
        double max = Double.NEGATIVE_INFINITY;
        for (double x : v) {
            max = Math.max(max, x);
        }
        if (max == Double.NEGATIVE_INFINITY) {
            return max;
        }
        double s = 0;
        for (double x : v) {
            s += Math.exp(x - max);
        }
        return max + Math.log(s);
    }

    void write(DataOutputStream out) throws IOException {
        weights.write(out);
    }

    static LinearTagger read(DataInputStream in) throws IOException {
        return new LinearTagger(SparseWeights.read(in));
    }
}
