package cn.esip.nlp.learn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Trains a {@link LinearTagger} as a linear-chain CRF (conditional log-likelihood, forward-backward under the
 * BIOES constraints, AdaGrad, one sentence per step), deterministically; the same model and features as
 * {@link TaggerTrainer}, with probabilistic training instead of perceptron updates.
 */
public final class CrfTrainer {

    private CrfTrainer() {
    }

    /**
     * @param rate  AdaGrad learning rate
     * @param l2    L2 penalty per step on the weights a step touches (0: none)
     * @param alpha scale of the standardised encoder vectors when the examples have them
     */
    public static LinearTagger train(List<TaggerTrainer.Example> data, String[] tagSet, int epochs, long seed,
                                     double rate, double l2, double alpha, Consumer<String> progress) {
        int n = tagSet.length;
        Map<String, Integer> featIndex = new HashMap<>();
        List<String> featNames = new ArrayList<>();
        List<int[][]> feats = new ArrayList<>();
        for (TaggerTrainer.Example e : data) {
            int[][] f = new int[e.features().size()][];
            for (int i = 0; i < f.length; i++) {
                List<String> names = e.features().get(i);
                f[i] = new int[names.size()];
                for (int k = 0; k < f[i].length; k++) {
                    f[i][k] = featIndex.computeIfAbsent(names.get(k), x -> {
                        featNames.add(x);
                        return featNames.size() - 1;
                    });
                }
            }
            feats.add(f);
        }
        List<int[]> gold = TaggerTrainer.goldIndices(data, tagSet);
        DenseWeights.Inputs inputs = TaggerTrainer.denseInputs(data, alpha);
        boolean useDense = inputs != null;
        int dim = useDense ? inputs.mean().length : 0;
        List<float[][]> xs = useDense ? inputs.vectors() : List.of();
        int nf = featNames.size();
        float[] w = new float[nf * n];
        float[] gw = new float[nf * n];
        double[][] trans = new double[n][n];
        double[][] gTrans = new double[n][n];
        double[] start = new double[n];
        double[] gStart = new double[n];
        float[][] dw = new float[n][dim];
        float[][] gdw = new float[n][dim];
        BioesScheme.Constraints k = BioesScheme.Constraints.of(tagSet);
        boolean[][] allowed = k.allowed();
        boolean[] allowedStart = k.start();
        boolean[] allowedEnd = k.end();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < data.size(); i++) {
            order.add(i);
        }
        Random rnd = new Random(seed);
        for (int epoch = 1; epoch <= epochs; epoch++) {
            Collections.shuffle(order, rnd);
            double nll = 0;
            for (int idx : order) {
                int[][] f = feats.get(idx);
                int[] g = gold.get(idx);
                int len = g.length;
                if (len == 0) {
                    continue;
                }
                float[][] x = useDense ? xs.get(idx) : null;
                double[][] em = new double[len][n];
                for (int i = 0; i < len; i++) {
                    for (int fi : f[i]) {
                        int base = fi * n;
                        for (int c = 0; c < n; c++) {
                            em[i][c] += w[base + c];
                        }
                    }
                    if (x != null) {
                        for (int c = 0; c < n; c++) {
                            float[] wc = dw[c];
                            float s = 0;
                            for (int d = 0; d < dim; d++) {
                                s += wc[d] * x[i][d];
                            }
                            em[i][c] += s;
                        }
                    }
                }
                // forward-backward in log space
                double[][] a = new double[len][n];
                double[][] b = new double[len][n];
                for (int c = 0; c < n; c++) {
                    a[0][c] = allowedStart[c] ? start[c] + em[0][c] : Double.NEGATIVE_INFINITY;
                }
                double[] tmp = new double[n];
                for (int i = 1; i < len; i++) {
                    for (int c = 0; c < n; c++) {
                        for (int p = 0; p < n; p++) {
                            tmp[p] = allowed[p][c] ? a[i - 1][p] + trans[p][c] : Double.NEGATIVE_INFINITY;
                        }
                        a[i][c] = logSumExp(tmp) + em[i][c];
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
                        b[i][p] = logSumExp(tmp);
                    }
                }
                for (int c = 0; c < n; c++) {
                    tmp[c] = a[len - 1][c] + b[len - 1][c];
                }
                double logZ = logSumExp(tmp);
                double goldScore = start[g[0]];
                for (int i = 0; i < len; i++) {
                    goldScore += em[i][g[i]] + (i > 0 ? trans[g[i - 1]][g[i]] : 0);
                }
                nll += logZ - goldScore;
                // gradients of the negative log-likelihood, applied with AdaGrad
                double[][] gEm = new double[len][n];
                for (int i = 0; i < len; i++) {
                    for (int c = 0; c < n; c++) {
                        double mu = Math.exp(a[i][c] + b[i][c] - logZ);
                        gEm[i][c] = mu - (g[i] == c ? 1 : 0);
                    }
                }
                double[][] gT = new double[n][n];
                for (int i = 1; i < len; i++) {
                    for (int p = 0; p < n; p++) {
                        if (a[i - 1][p] == Double.NEGATIVE_INFINITY) {
                            continue;
                        }
                        for (int c = 0; c < n; c++) {
                            if (allowed[p][c]) {
                                gT[p][c] += Math.exp(a[i - 1][p] + trans[p][c] + em[i][c] + b[i][c] - logZ);
                            }
                        }
                    }
                    gT[g[i - 1]][g[i]] -= 1;
                }
                for (int p = 0; p < n; p++) {
                    for (int c = 0; c < n; c++) {
                        if (allowed[p][c] && gT[p][c] != 0) {
                            double gr = gT[p][c] + l2 * trans[p][c];
                            gTrans[p][c] += gr * gr;
                            trans[p][c] -= rate * gr / Math.sqrt(gTrans[p][c] + 1e-8);
                        }
                    }
                }
                for (int c = 0; c < n; c++) {
                    double gr = gEm[0][c] + l2 * start[c];
                    if (allowedStart[c] && gr != 0) {
                        gStart[c] += gr * gr;
                        start[c] -= rate * gr / Math.sqrt(gStart[c] + 1e-8);
                    }
                }
                for (int i = 0; i < len; i++) {
                    for (int fi : f[i]) {
                        int base = fi * n;
                        for (int c = 0; c < n; c++) {
                            double gr = gEm[i][c] + l2 * w[base + c];
                            if (Math.abs(gr) < 1e-7) {
                                continue;
                            }
                            gw[base + c] += (float) (gr * gr);
                            w[base + c] -= (float) (rate * gr / Math.sqrt(gw[base + c] + 1e-8));
                        }
                    }
                }
                if (x != null) {
                    float[][] gd = new float[n][dim];
                    for (int i = 0; i < len; i++) {
                        float[] xi = x[i];
                        for (int c = 0; c < n; c++) {
                            float ge = (float) gEm[i][c];
                            if (Math.abs(ge) < 1e-7f) {
                                continue;
                            }
                            float[] row = gd[c];
                            for (int d = 0; d < dim; d++) {
                                row[d] += ge * xi[d];
                            }
                        }
                    }
                    for (int c = 0; c < n; c++) {
                        float[] wc = dw[c];
                        float[] gc = gdw[c];
                        float[] row = gd[c];
                        for (int d = 0; d < dim; d++) {
                            float gr = row[d] + (float) l2 * wc[d];
                            gc[d] += gr * gr;
                            wc[d] -= (float) rate * gr / (float) Math.sqrt(gc[d] + 1e-8f);
                        }
                    }
                }
            }
            if (progress != null) {
                progress.accept(String.format("epoch %d/%d: negative log-likelihood %.1f", epoch, epochs, nll));
            }
        }
        Map<String, float[]> out = new HashMap<>();
        for (int fi = 0; fi < nf; fi++) {
            float[] v = new float[n];
            boolean any = false;
            for (int c = 0; c < n; c++) {
                v[c] = w[fi * n + c];
                any |= Math.abs(v[c]) >= 1e-4f;
            }
            if (any) {
                out.put(featNames.get(fi), v);
            }
        }
        float[] s = new float[n];
        for (int c = 0; c < n; c++) {
            s[c] = (float) start[c];
        }
        out.put(LinearTagger.TRANSITION + LinearTagger.START, s);
        for (int p = 0; p < n; p++) {
            float[] t = new float[n];
            for (int c = 0; c < n; c++) {
                t[c] = (float) trans[p][c];
            }
            out.put(LinearTagger.TRANSITION + tagSet[p], t);
        }
        return new LinearTagger(new SparseWeights(tagSet, out),
                useDense ? new DenseWeights(inputs.mean(), inputs.scale(), dw) : null);
    }

    private static double logSumExp(double[] v) {
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
}
