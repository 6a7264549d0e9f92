package cn.esip.nlp.learn;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Read-only weights of a linear model: for each named feature, one weight per label (absent = 0).
 *
 * <p>Lookups are the hot loop of the taggers (dozens per character), so the weights are not kept in a
 * {@code HashMap<String, float[]>}, where one lookup follows four or five pointers through the heap. Instead each
 * feature name is reduced to a 64-bit hash, kept in an open-addressing {@code long[]} table next to its row number,
 * and the rows lie in one {@code float[]}: a lookup touches the table and the row. The names themselves are kept
 * only for writing the model. The hash is seeded, and the seed is chosen at construction so that no two features
 * of the model share a hash. A feature the model never saw is taken for a known one only if its 64-bit hash equals
 * one of the model's (about n / 2<sup>64</sup> per lookup for n features: below 10<sup>-13</sup> here).
 */
public final class SparseWeights {

    private final String[] labels;
    /** Feature names in row order (the order they were given in), for {@link #write}. */
    private final String[] names;
    /** Row r's weights are {@code rows[r * labels.length ..]}. */
    private final float[] rows;
    private final long seed;
    /**
     * Open addressing by hash: slot s holds the hash at {@code table[2s]} (0 = empty; no hash is 0) and the row at
     * {@code table[2s + 1]}, side by side so that a probe reads one cache line.
     */
    private final long[] table;
    private final int mask;

    SparseWeights(String[] labels, Map<String, float[]> weights) {
        this.labels = labels.clone();
        int n = weights.size();
        int nl = labels.length;
        this.names = new String[n];
        this.rows = new float[n * nl];
        int r = 0;
        for (Map.Entry<String, float[]> e : weights.entrySet()) {
            names[r] = e.getKey();
            System.arraycopy(e.getValue(), 0, rows, r * nl, nl);
            r++;
        }
        int capacity = Integer.highestOneBit(Math.max(4, n * 2 - 1)) << 1;
        this.mask = capacity - 1;
        this.table = new long[2 * capacity];
        long s = 0;
        while (!fill(s)) {
            s++;
        }
        this.seed = s;
    }

    /** Puts every name into the table under {@code seed}; false (table cleared) when two names share a hash. */
    private boolean fill(long seed) {
        java.util.Arrays.fill(table, 0L);
        for (int r = 0; r < names.length; r++) {
            long h = hash(names[r], seed);
            int slot = (int) h & mask;
            while (table[2 * slot] != 0) {
                if (table[2 * slot] == h) {
                    return false;
                }
                slot = (slot + 1) & mask;
            }
            table[2 * slot] = h;
            table[2 * slot + 1] = r;
        }
        return true;
    }

    /** A 64-bit hash of the UTF-16 units of {@code s} (FNV-1a, then the MurmurHash3 finaliser); never 0. */
    public static long hash(CharSequence s, long seed) {
        return hashEnd(hashStep(hashStart(seed), s));
    }

    /**
     * The state {@link #hash} starts from; with {@link #hashStep} and {@link #hashEnd}, a name can be hashed in
     * pieces (a shared prefix once) without being built: {@code hashEnd(hashStep(hashStep(hashStart(seed), a), b))}
     * equals {@code hash(a + b, seed)}.
     */
    public static long hashStart(long seed) {
        return 0xcbf29ce484222325L ^ (seed * 0x9E3779B97F4A7C15L);
    }

    /** The state after the characters of {@code s}. */
    public static long hashStep(long state, CharSequence s) {
        long h = state;
        for (int i = 0, n = s.length(); i < n; i++) {
            h = (h ^ s.charAt(i)) * 0x100000001b3L;
        }
        return h;
    }

    /** The hash of what the state has seen. */
    public static long hashEnd(long state) {
        long h = state;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }

    /** The seed the feature names of this model are hashed with (see {@link #hash}). */
    public long hashSeed() {
        return seed;
    }

    /** Row of {@code feature}, or -1 when the model does not have it. */
    private int row(String feature) {
        return find(hash(feature, seed));
    }

    /** Row of the feature with hash {@code h}, or -1. */
    private int find(long h) {
        int slot = (int) h & mask;
        long k;
        while ((k = table[2 * slot]) != 0) {
            if (k == h) {
                return (int) table[2 * slot + 1];
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    public String[] labels() {
        return labels.clone();
    }

    public int featureCount() {
        return names.length;
    }

    /** Weight vector of a feature (a copy), or null when the model never kept it. */
    public float[] get(String feature) {
        int r = row(feature);
        return r < 0 ? null : java.util.Arrays.copyOfRange(rows, r * labels.length, (r + 1) * labels.length);
    }

    /** Adds the weights of {@code features} to {@code scores} (length = label count). */
    public void score(Iterable<String> features, double[] scores) {
        // hash all first, then probe: the probes are independent loads, which the processor overlaps
        long[] hashes = new long[features instanceof java.util.Collection<?> c ? c.size() : 64];
        int n = 0;
        for (String f : features) {
            if (n == hashes.length) {
                hashes = java.util.Arrays.copyOf(hashes, 2 * n + 1);
            }
            hashes[n++] = hash(f, seed);
        }
        for (int k = 0; k < n; k++) {
            addRow(find(hashes[k]), scores);
        }
    }

    /** Adds the weights of the features whose hashes (under {@link #hashSeed()}) are {@code hashes}. */
    public void score(long[] hashes, double[] scores) {
        for (long h : hashes) {
            addRow(find(h), scores);
        }
    }

    /** Adds row {@code r}'s weights to {@code scores}; nothing for -1 (a feature the model does not have). */
    private void addRow(int r, double[] scores) {
        if (r < 0) {
            return;
        }
        int nl = labels.length;
        int base = r * nl;
        for (int l = 0; l < nl; l++) {
            scores[l] += rows[base + l];
        }
    }

    void write(DataOutputStream out) throws IOException {
        int nl = labels.length;
        out.writeInt(nl);
        for (String l : labels) {
            out.writeUTF(l);
        }
        out.writeInt(names.length);
        for (int r = 0; r < names.length; r++) {
            out.writeUTF(names[r]);
            int base = r * nl;
            int nnz = 0;
            for (int l = 0; l < nl; l++) {
                if (rows[base + l] != 0f) {
                    nnz++;
                }
            }
            out.writeByte(nnz);
            for (int l = 0; l < nl; l++) {
                if (rows[base + l] != 0f) {
                    out.writeByte(l);
                    out.writeFloat(rows[base + l]);
                }
            }
        }
    }

    static SparseWeights read(DataInputStream in) throws IOException {
        int nl = in.readInt();
        if (nl <= 0 || nl > 127) {
            throw new IOException("bad label count " + nl);
        }
        String[] labels = new String[nl];
        for (int i = 0; i < nl; i++) {
            labels[i] = in.readUTF();
        }
        int nf = in.readInt();
        if (nf < 0 || nf > 50_000_000) {
            throw new IOException("bad feature count " + nf);
        }
        Map<String, float[]> w = new LinkedHashMap<>(nf * 2);
        for (int i = 0; i < nf; i++) {
            String name = in.readUTF();
            int nnz = in.readUnsignedByte();
            float[] v = new float[nl];
            for (int k = 0; k < nnz; k++) {
                int l = in.readUnsignedByte();
                if (l >= nl) {
                    throw new IOException("bad label index " + l + " for feature " + name);
                }
                v[l] = in.readFloat();
            }
            if (w.put(name, v) != null) {
                throw new IOException("feature " + name + " twice");
            }
        }
        return new SparseWeights(labels, w);
    }
}
