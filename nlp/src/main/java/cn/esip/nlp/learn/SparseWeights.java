package cn.esip.nlp.learn;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/** Read-only weights of a linear model: for each named feature, one weight per label (absent = 0). */
public final class SparseWeights {

    private final String[] labels;
    private final Map<String, float[]> weights;

    SparseWeights(String[] labels, Map<String, float[]> weights) {
        this.labels = labels.clone();
        this.weights = weights;
    }

    public String[] labels() {
        return labels.clone();
    }

    public int labelCount() {
        return labels.length;
    }

    public int featureCount() {
        return weights.size();
    }

    /** Weight vector of a feature, or null when the model never kept it. */
    public float[] get(String feature) {
        return weights.get(feature);
    }

    /** Adds the weights of {@code features} to {@code scores} (length = label count). */
    public void score(Iterable<String> features, double[] scores) {
        for (String f : features) {
            float[] w = weights.get(f);
            if (w != null) {
                for (int l = 0; l < w.length; l++) {
                    scores[l] += w[l];
                }
            }
        }
    }

    void write(DataOutputStream out) throws IOException {
        out.writeInt(labels.length);
        for (String l : labels) {
            out.writeUTF(l);
        }
        out.writeInt(weights.size());
        for (Map.Entry<String, float[]> e : weights.entrySet()) {
            out.writeUTF(e.getKey());
            float[] w = e.getValue();
            int nnz = 0;
            for (float v : w) {
                if (v != 0f) {
                    nnz++;
                }
            }
            out.writeByte(nnz);
            for (int l = 0; l < w.length; l++) {
                if (w[l] != 0f) {
                    out.writeByte(l);
                    out.writeFloat(w[l]);
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
        Map<String, float[]> w = new HashMap<>(nf * 2);
        for (int i = 0; i < nf; i++) {
            String name = in.readUTF();
            int nnz = in.readUnsignedByte();
            float[] v = new float[nl];
            for (int k = 0; k < nnz; k++) {
                int l = in.readUnsignedByte();
                v[l] = in.readFloat();
            }
            w.put(name, v);
        }
        return new SparseWeights(labels, w);
    }
}
