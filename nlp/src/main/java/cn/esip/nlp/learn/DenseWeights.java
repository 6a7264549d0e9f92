package cn.esip.nlp.learn;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Real-valued emission weights of a tagger over encoder vectors: each input dimension is standardised with the
 * training mean and a scale ({@code alpha / standard deviation}), then weighted per tag.
 */
public final class DenseWeights {

    private final float[] mean;
    private final float[] scale;
    private final float[][] weights;
    /**
     * The weights with the standardisation folded in (score = bias + folded · h), stored by input dimension:
     * {@code byDim[d * stride + t]}, so that scoring is a run of contiguous multiply-adds the JIT vectorises.
     */
    private final float[] byDim;
    private final int stride;
    private final float[] bias;
    /** The same folded weights stored by tag ({@code byTag[t][d]}), for scoring a whole sequence at once. */
    private final float[][] byTag;

    DenseWeights(float[] mean, float[] scale, float[][] weights) {
        this.mean = mean;
        this.scale = scale;
        this.weights = weights;
        int tags = weights.length;
        this.stride = (tags + 7) / 8 * 8;
        this.byDim = new float[mean.length * stride];
        this.byTag = new float[tags][mean.length];
        double[] b = new double[tags];
        for (int t = 0; t < tags; t++) {
            for (int d = 0; d < mean.length; d++) {
                float f = weights[t][d] * scale[d];
                byDim[d * stride + t] = f;
                byTag[t][d] = f;
                b[t] -= (double) f * mean[d];
            }
        }
        this.bias = new float[stride];
        for (int t = 0; t < tags; t++) {
            bias[t] = (float) b[t];
        }
    }

    /** Length of the input vectors. */
    public int dimension() {
        return mean.length;
    }

    static float[] standardise(float[] h, float[] mean, float[] scale) {
        float[] x = new float[mean.length];
        for (int d = 0; d < x.length; d++) {
            x[d] = (h[d] - mean[d]) * scale[d];
        }
        return x;
    }

    /** Adds the tag scores of input vector {@code h} to {@code scores}. */
    public void score(float[] h, double[] scores) {
        float[] acc = bias.clone();
        int st = stride;
        for (int d = 0; d < h.length; d++) {
            float x = h[d];
            if (x == 0f) {
                continue;
            }
            int base = d * st;
            for (int t = 0; t < st; t++) {
                acc[t] += x * byDim[base + t];
            }
        }
        for (int t = 0; t < scores.length; t++) {
            scores[t] += acc[t];
        }
    }

    /**
     * Adds the tag scores of a sequence to {@code scores[i]}, where the input at position {@code i} is the
     * concatenation of {@code base[i - k] .. base[i + k]} (zeros past the ends), as {@link
     * cn.esip.nlp.encode.WindowedEncoder#concat} builds it, without building it.
     *
     * <p>The result is bit for bit that of {@link #score(float[], double[])} on each concatenated vector: the same
     * float additions in the same order. But the inner loop runs over positions, long enough for the JIT to
     * vectorise, where a loop over two dozen tags is not: about 3 times faster for 174 positions.
     */
    public void scoreWindowed(float[][] base, int k, double[][] scores) {
        int n = base.length;
        if (n == 0) {
            return;
        }
        int dim = base[0].length;
        if (dim * (2 * k + 1) != mean.length) {
            throw new IllegalArgumentException("expected " + mean.length + " inputs per position, not " + dim
                    + " in a window of ±" + k);
        }
        int tags = byTag.length;
        float[][] acc = new float[tags][n];
        for (int t = 0; t < tags; t++) {
            java.util.Arrays.fill(acc[t], bias[t]);
        }
        // column[i] = input d of position i's neighbour i + o, zero where there is none; a loop over i with
        // the same index on both sides is the shape the JIT vectorises (with an offset index it does not)
        float[] column = new float[n];
        for (int o = -k; o <= k; o++) {
            int from = Math.max(0, -o);
            int to = Math.min(n, n - o);
            int block = (o + k) * dim;
            for (int d = 0; d < dim; d++) {
                java.util.Arrays.fill(column, 0f);
                for (int i = from; i < to; i++) {
                    column[i] = base[i + o][d];
                }
                for (int t = 0; t < tags; t++) {
                    float w = byTag[t][block + d];
                    float[] a = acc[t];
                    for (int i = 0; i < n; i++) {
                        a[i] += column[i] * w;
                    }
                }
            }
        }
        for (int i = 0; i < n; i++) {
            for (int t = 0; t < tags; t++) {
                scores[i][t] += acc[t][i];
            }
        }
    }

    /** Training inputs, standardised with the mean and scale ({@code alpha} / standard deviation) of them all. */
    record Inputs(float[] mean, float[] scale, List<float[][]> vectors) {

        /** Standardises {@code raw} (one array of vectors per training example) of dimension {@code dim}. */
        static Inputs of(List<float[][]> raw, int dim, double alpha) {
            float[][] stats = statistics(raw, dim, alpha);
            List<float[][]> out = new ArrayList<>(raw.size());
            for (float[][] seq : raw) {
                float[][] x = new float[seq.length][];
                for (int i = 0; i < x.length; i++) {
                    x[i] = standardise(seq[i], stats[0], stats[1]);
                }
                out.add(x);
            }
            return new Inputs(stats[0], stats[1], out);
        }

        /** Dense weights averaged over {@code steps} perceptron steps ({@code w} current, {@code u} step-weighted sums). */
        DenseWeights averaged(float[][] w, double[][] u, long steps) {
            float[][] avg = new float[w.length][mean.length];
            for (int c = 0; c < w.length; c++) {
                for (int d = 0; d < mean.length; d++) {
                    avg[c][d] = (float) (w[c][d] - u[c][d] / steps);
                }
            }
            return new DenseWeights(mean, scale, avg);
        }
    }

    /** Mean and scale of standardisation from the training vectors ({@code alpha} / standard deviation). */
    static float[][] statistics(Iterable<float[][]> vectors, int dim, double alpha) {
        double[] sum = new double[dim];
        double[] sq = new double[dim];
        long n = 0;
        for (float[][] seq : vectors) {
            for (float[] h : seq) {
                for (int d = 0; d < dim; d++) {
                    sum[d] += h[d];
                    sq[d] += (double) h[d] * h[d];
                }
                n++;
            }
        }
        float[] mean = new float[dim];
        float[] scale = new float[dim];
        for (int d = 0; d < dim; d++) {
            double m = n == 0 ? 0 : sum[d] / n;
            double var = n == 0 ? 1 : Math.max(1e-8, sq[d] / n - m * m);
            mean[d] = (float) m;
            scale[d] = (float) (alpha / Math.sqrt(var));
        }
        return new float[][]{mean, scale};
    }

    void write(DataOutputStream out) throws IOException {
        out.writeInt(weights.length);
        out.writeInt(mean.length);
        for (int d = 0; d < mean.length; d++) {
            out.writeFloat(mean[d]);
            out.writeFloat(scale[d]);
        }
        for (float[] w : weights) {
            for (float v : w) {
                out.writeFloat(v);
            }
        }
    }

    static DenseWeights read(DataInputStream in) throws IOException {
        int tags = in.readInt();
        int dim = in.readInt();
        if (tags <= 0 || tags > 127 || dim <= 0 || dim > 8192) {
            throw new IOException("bad dense block " + tags + "x" + dim);
        }
        float[] mean = new float[dim];
        float[] scale = new float[dim];
        for (int d = 0; d < dim; d++) {
            mean[d] = in.readFloat();
            scale[d] = in.readFloat();
        }
        float[][] w = new float[tags][dim];
        for (int t = 0; t < tags; t++) {
            for (int d = 0; d < dim; d++) {
                w[t][d] = in.readFloat();
            }
        }
        return new DenseWeights(mean, scale, w);
    }
}
