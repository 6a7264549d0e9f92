package cn.esip.nlp.encode;

/**
 * An encoder filter: each position's vector concatenated with its neighbours' ({@code k} on each side, zeros past
 * the ends), so that a linear model sees the context of a character.
 */
public final class WindowedEncoder implements CharEncoder {

    private final CharEncoder base;
    private final int k;

    public WindowedEncoder(CharEncoder base, int k) {
        if (k < 0 || k > 8) {
            throw new IllegalArgumentException("window must be 0..8, not " + k);
        }
        this.base = base;
        this.k = k;
    }

    /** Neighbours on each side. */
    public int window() {
        return k;
    }

    @Override
    public int dimension() {
        return base.dimension() * (2 * k + 1);
    }

    @Override
    public float[][] encode(String text) {
        return concat(base.encode(text), k);
    }

    @Override
    public String describe() {
        return base.describe() + (k == 0 ? "" : ", window of ±" + k + " characters");
    }

    /** Does not close the base encoder, which may be shared. */
    @Override
    public void close() {
    }

    /** Vectors of length {@code dim * (2k + 1)}; {@code k = 0} returns the input. */
    public static float[][] concat(float[][] vectors, int k) {
        if (k == 0 || vectors.length == 0) {
            return vectors;
        }
        int n = vectors.length;
        int dim = vectors[0].length;
        float[][] out = new float[n][dim * (2 * k + 1)];
        for (int i = 0; i < n; i++) {
            for (int o = -k; o <= k; o++) {
                int j = i + o;
                if (j >= 0 && j < n) {
                    System.arraycopy(vectors[j], 0, out[i], (o + k) * dim, dim);
                }
            }
        }
        return out;
    }
}
