package cn.esip.nlp.encode;

import java.util.ArrayList;
import java.util.List;

/**
 * bge-small-zh-v1.5 sentence vectors: the normalised [CLS] output of its last layer, queries prefixed with the
 * retrieval instruction the model was trained with, passages cut to their first {@link #PASSAGE_TOKENS} tokens.
 */
public final class BgeTextEmbedder implements TextEmbedder {

    /** The instruction bge-*-zh-v1.5 puts before short queries that look for passages. */
    static final String QUERY_INSTRUCTION = "为这个句子生成表示以用于检索相关文章：";
    /** Tokens of a passage that are encoded ([CLS] and [SEP] included). */
    public static final int PASSAGE_TOKENS = 128;
    /** Tokens of a query that are encoded (pasted facts run up to 2,000 characters). */
    public static final int QUERY_TOKENS = 512;

    private final BgeSmallZhEncoder encoder;

    public BgeTextEmbedder(BgeSmallZhEncoder encoder) {
        if (encoder.layers() != BgeSmallZhEncoder.LAYERS) {
            throw new IllegalArgumentException("sentence vectors need all " + BgeSmallZhEncoder.LAYERS + " layers");
        }
        this.encoder = encoder;
    }

    /** The process-wide embedder over the shared encoder. */
    public static BgeTextEmbedder shared() {
        return new BgeTextEmbedder(Encoders.encoder(BgeSmallZhEncoder.LAYERS));
    }

    @Override
    public int dimension() {
        return BgeSmallZhEncoder.DIMENSION;
    }

    @Override
    public float[] embedQuery(String query) {
        String q = query.length() < 64 ? QUERY_INSTRUCTION + query : query;
        return encoder.sentenceVectors(List.of(q), QUERY_TOKENS)[0];
    }

    @Override
    public List<float[]> embedPassages(List<String> passages) {
        List<float[]> out = new ArrayList<>(passages.size());
        for (float[] v : encoder.sentenceVectors(passages, PASSAGE_TOKENS)) {
            out.add(v);
        }
        return out;
    }

    @Override
    public String describe() {
        return "bge-small-zh-v1.5-q cls/" + PASSAGE_TOKENS;
    }
}
