package cn.esip.nlp.ie;

/**
 * The dense input of the relation classifier for one ordered pair of mentions: the mean encoder vector of the
 * head, of the tail, and of the text between them (zeros when they touch).
 */
public final class RelationVectors {

    private RelationVectors() {
    }

    /** Length of a pair vector over encoder vectors of length {@code dim}. */
    public static int dimension(int dim) {
        return 3 * dim;
    }

    public static float[] pair(float[][] vectors, RelationFeatures.SpanLike head, RelationFeatures.SpanLike tail) {
        int dim = vectors.length == 0 ? 0 : vectors[0].length;
        float[] out = new float[3 * dim];
        mean(vectors, head.start(), head.end(), out, 0);
        mean(vectors, tail.start(), tail.end(), out, dim);
        int from = Math.min(head.end(), tail.end());
        int to = Math.max(head.start(), tail.start());
        mean(vectors, from, to, out, 2 * dim);
        return out;
    }

    private static void mean(float[][] v, int from, int to, float[] out, int at) {
        from = Math.max(0, from);
        to = Math.min(v.length, to);
        if (to <= from) {
            return;
        }
        int dim = v[0].length;
        for (int i = from; i < to; i++) {
            for (int d = 0; d < dim; d++) {
                out[at + d] += v[i][d];
            }
        }
        float n = to - from;
        for (int d = 0; d < dim; d++) {
            out[at + d] /= n;
        }
    }
}
