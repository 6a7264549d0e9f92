package cn.esip.nlp.ie;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import cn.esip.nlp.encode.BgeSmallZhEncoder;
import cn.esip.nlp.encode.Encoders;
import cn.esip.nlp.encode.OnnxSession;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The fine-tuned half of {@code ner-cail-ft}: layers 1–2 of bge-small-zh-v1.5 retrained on the CAIL2022 training
 * articles with a BIOES softmax head ({@value #FILE}, int8, made by models/training/finetune_ner_cail.py), run on
 * the embedding output of the shipped encoder. It gives the character that starts each token that token's tag
 * log-probabilities.
 */
public final class FineTunedTagScores implements TagScores, AutoCloseable {

    /** The ONNX graph: hidden states [1, tokens, 512] and attention mask in, tag log-probabilities out. */
    public static final String FILE = "layers.onnx";

    private final BgeSmallZhEncoder embeddings;
    private final OnnxSession model;
    private final String[] tags;

    private FineTunedTagScores(BgeSmallZhEncoder embeddings, OnnxSession model, String[] tags) {
        this.embeddings = embeddings;
        this.model = model;
        this.tags = tags;
    }

    /**
     * Loads {@value #FILE} from {@code dir}; {@code tags} name its outputs in order. One ONNX Runtime thread per
     * call (callers run sentences in parallel).
     *
     * @throws IllegalStateException when the file is missing or the engine cannot load it
     */
    public static FineTunedTagScores open(Path dir, List<String> tags) {
        Path file = dir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("no " + FILE + " in " + dir);
        }
        try {
            OnnxSession model = OnnxSession.open(dir, FILE.substring(0, FILE.length() - ".onnx".length()), file.toString());
            return new FineTunedTagScores(Encoders.encoder(0), model, tags.toArray(String[]::new));
        } catch (IOException e) {
            throw new IllegalStateException("cannot load " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String[] tags() {
        return tags.clone();
    }

    /** The tag log-probabilities of each token, at the character it starts at (see {@link TagScores#scores}). */
    @Override
    public float[][] scores(String text) {
        float[][] out = new float[text.length()][];
        for (BgeSmallZhEncoder.TokenWindow w : embeddings.encodeTokens(text)) {
            float[] em = run(w);
            for (int t = 0; t < w.tokens(); t++) {
                int c = w.starts()[t];
                if (c >= 0 && c < out.length && out[c] == null) {
                    out[c] = Arrays.copyOfRange(em, t * tags.length, (t + 1) * tags.length);
                }
            }
        }
        return out;
    }

    private float[] run(BgeSmallZhEncoder.TokenWindow w) {
        float[] em = model.run(m -> {
            NDArray hidden = m.create(w.hidden(), new Shape(1, w.tokens(), BgeSmallZhEncoder.DIMENSION));
            hidden.setName("hidden");
            long[] ones = new long[w.tokens()];
            Arrays.fill(ones, 1L);
            NDArray mask = m.create(ones, new Shape(1, w.tokens()));
            mask.setName("attention_mask");
            return new NDList(hidden, mask);
        });
        if (em.length != w.tokens() * tags.length) {
            throw new IllegalStateException(FILE + " gave " + em.length + " scores for " + w.tokens() + " tokens and "
                    + tags.length + " tags");
        }
        return em;
    }

    @Override
    public void close() {
        model.close();
    }
}
