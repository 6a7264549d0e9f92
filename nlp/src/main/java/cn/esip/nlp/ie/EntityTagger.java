package cn.esip.nlp.ie;

import cn.esip.nlp.encode.BgeSmallZhEncoder;
import cn.esip.nlp.encode.CharEncoder;
import cn.esip.nlp.encode.Encoders;
import cn.esip.nlp.encode.WindowedEncoder;
import cn.esip.nlp.learn.BioesScheme;
import cn.esip.nlp.learn.LinearTagger;
import cn.esip.nlp.learn.ModelFiles;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** The entity tagger (Nh, Ns, NT, NDR, NW): a character-level linear-chain model over lexicon features, encoder vectors and fine-tuned layers' scores when it has them. */
public final class EntityTagger {

    /** The entity labels of CAIL2022. */
    public static final List<String> LABELS = List.of("Nh", "Ns", "NT", "NDR", "NW");
    static final String MODEL_FILE = "tagger.bin.gz";
    static final String LEXICON_FILE = "lexicon.txt";
    /** Which encoder a model with dense weights was trained with ({@code encoder}, {@code layers}, {@code window}). */
    static final String ENCODER_FILE = "encoder.properties";
    /** How a model with fine-tuned layers mixes their scores in ({@code beta}, {@code tags}). */
    static final String MIXTURE_FILE = "mixture.properties";
    /** The one encoder id known so far. */
    public static final String BGE = "bge-small-zh-v1.5-q";

    private final LinearTagger tagger;
    private final CharFeatures features;
    private final CharEncoder encoder;
    private final int window;
    private final String[] tags;
    private final TagScores fineTuned;
    private final double beta;
    private final int[] fineTunedColumn;

    public EntityTagger(LinearTagger tagger, CharFeatures features) {
        this(tagger, features, null, 0);
    }

    /**
     * A tagger with dense weights needs the encoder it was trained with and the context window of its input
     * ({@code window} neighbours on each side; the dimension is checked).
     */
    public EntityTagger(LinearTagger tagger, CharFeatures features, CharEncoder encoder, int window) {
        this(tagger, features, encoder, window, null, 0);
    }

    /**
     * A tagger whose scores get {@code beta} times the tag log-probabilities of fine-tuned encoder layers added at the
     * first character of each token before decoding (a product of the two models); every tag of the tagger must be
     * among theirs.
     */
    public EntityTagger(LinearTagger tagger, CharFeatures features, CharEncoder encoder, int window,
                        TagScores fineTuned, double beta) {
        if (tagger.denseDimension() > 0 && (encoder == null
                || encoder.dimension() * (2 * window + 1) != tagger.denseDimension())) {
            throw new IllegalArgumentException("the tagger needs " + tagger.denseDimension()
                    + "-dimensional encoder input" + (encoder == null ? "" : ", not "
                    + encoder.dimension() * (2 * window + 1)));
        }
        this.tagger = tagger;
        this.features = features;
        this.encoder = tagger.denseDimension() > 0 ? encoder : null;
        this.window = window;
        this.tags = tagger.tags();
        this.fineTuned = fineTuned;
        this.beta = beta;
        this.fineTunedColumn = new int[tags.length];
        if (fineTuned != null) {
            List<String> theirs = List.of(fineTuned.tags());
            for (int t = 0; t < tags.length; t++) {
                fineTunedColumn[t] = theirs.indexOf(tags[t]);
                if (fineTunedColumn[t] < 0) {
                    throw new IllegalArgumentException("the fine-tuned layers have no tag " + tags[t]);
                }
            }
        }
    }

    /** Loads a model directory written by {@link #save}; a model with dense weights gets the shared encoder. */
    public static EntityTagger load(Path dir) {
        return load(dir, null);
    }

    /**
     * Loads a model directory written by {@link #save}; {@code encoder} (before the context window of the model is
     * applied) serves a model with dense weights (null: the process-wide {@link Encoders#bge()}).
     */
    public static EntityTagger load(Path dir, CharEncoder encoder) {
        Path model = dir.resolve(MODEL_FILE);
        if (!Files.isRegularFile(model)) {
            throw new IllegalStateException("no CAIL NER model in " + dir);
        }
        Lexicon lex = Files.isRegularFile(dir.resolve(LEXICON_FILE)) ? Lexicon.read(dir.resolve(LEXICON_FILE))
                : new Lexicon(List.of());
        LinearTagger tagger = ModelFiles.readTagger(model);
        CharEncoder enc = null;
        int window = 0;
        if (tagger.denseDimension() > 0) {
            Properties p = readProperties(dir.resolve(ENCODER_FILE));
            if (!BGE.equals(p.getProperty("encoder"))) {
                throw new IllegalStateException("model in " + dir + " needs unknown encoder '" + p.getProperty("encoder") + "'");
            }
            enc = encoder != null ? encoder : Encoders.bge(layers(p));
            window = Integer.parseInt(p.getProperty("window", "0"));
        }
        FineTunedTagScores ft = null;
        double beta = 0;
        if (Files.isRegularFile(dir.resolve(MIXTURE_FILE))) {
            Properties m = readProperties(dir.resolve(MIXTURE_FILE));
            try {
                beta = Double.parseDouble(m.getProperty("beta", ""));
            } catch (NumberFormatException e) {
                throw new IllegalStateException(dir.resolve(MIXTURE_FILE) + " has no numeric beta");
            }
            ft = FineTunedTagScores.open(dir, List.of(m.getProperty("tags", "").split(",")));
        }
        return new EntityTagger(tagger, new CharFeatures(lex, CharFeatures.Template.FULL), enc, window, ft, beta);
    }

    /** Writes how a model mixes in the fine-tuned layers in {@code dir} (beside {@value FineTunedTagScores#FILE}). */
    static void saveMixture(Path dir, double beta, List<String> fineTunedTags) {
        try {
            cn.esip.models.AtomicFiles.writeString(dir.resolve(MIXTURE_FILE), "# tag scores = tagger + beta x "
                    + "log-probabilities of the fine-tuned layers (" + FineTunedTagScores.FILE + ", columns in tags order)\n"
                    + "beta=" + beta + "\ntags=" + String.join(",", fineTunedTags) + "\n");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot write " + dir.resolve(MIXTURE_FILE) + ": " + e.getMessage(), e);
        }
    }

    /** The fine-tuned layers mixed in, or null. */
    public TagScores fineTuned() {
        return fineTuned;
    }

    /** Encoder layers a model was trained on ({@code layers} in encoder.properties; all of them when absent). */
    static int layers(Properties p) {
        return Integer.parseInt(p.getProperty("layers", String.valueOf(BgeSmallZhEncoder.LAYERS)));
    }

    static Properties readProperties(Path file) {
        Properties p = new Properties();
        try (var r = Files.newBufferedReader(file)) {
            p.load(r);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return p;
    }

    /** Writes the model and its lexicon into {@code dir}. */
    public static void save(Path dir, LinearTagger tagger, Lexicon lexicon) {
        save(dir, tagger, lexicon, null, 0);
    }

    /**
     * Writes the model, its lexicon and, for a tagger with dense weights, which encoder, how many of its layers and
     * which window it needs.
     */
    public static void save(Path dir, LinearTagger tagger, Lexicon lexicon, WindowedEncoder encoder, int layers) {
        ModelFiles.write(dir.resolve(MODEL_FILE), tagger);
        lexicon.write(dir.resolve(LEXICON_FILE));
        Path props = dir.resolve(ENCODER_FILE);
        try {
            if (encoder == null) {
                Files.deleteIfExists(props);
            } else {
                Files.writeString(props, "# the encoder the dense weights of tagger.bin.gz were trained on\nencoder=" + BGE
                        + "\nlayers=" + layers + "\nwindow=" + encoder.window() + "\n");
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot write " + props + ": " + e.getMessage(), e);
        }
    }

    public int featureCount() {
        return tagger.featureCount();
    }

    /** The encoder the model uses (before its context window), or null when it has character features only. */
    public CharEncoder encoder() {
        return encoder;
    }

    /** Entity mentions of {@code text}, in order, with confidences. */
    public List<ScoredSpan> extract(String text) {
        return extract(text, encoder == null || text == null || text.isEmpty() ? null : encoder.encode(text));
    }

    /**
     * As {@link #extract(String)}, with the vectors of {@link #encoder()} for {@code text} computed by the caller
     * (null when the model needs none).
     */
    public List<ScoredSpan> extract(String text, float[][] vectors) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        double[][] em = tagger.emissionsHashed(features.extractHashes(text, tagger.hashSeed()),
                encoder == null ? null : vectors, window);
        if (fineTuned != null) {
            float[][] ft = fineTuned.scores(text);
            for (int i = 0; i < em.length; i++) {
                if (ft[i] != null) {
                    for (int t = 0; t < tags.length; t++) {
                        em[i][t] += beta * ft[i][fineTunedColumn[t]];
                    }
                }
            }
        }
        int[] best = tagger.decode(em);
        String[] t = new String[best.length];
        for (int i = 0; i < best.length; i++) {
            t[i] = tags[best[i]];
        }
        double[][] marg = tagger.marginals(em);
        List<ScoredSpan> out = new ArrayList<>();
        for (BioesScheme.Span s : BioesScheme.decode(t)) {
            double c = 0;
            for (int i = s.start(); i < s.end(); i++) {
                c += marg[i][best[i]];
            }
            out.add(new ScoredSpan(s.start(), s.end(), s.label(), text.substring(s.start(), s.end()),
                    c / (s.end() - s.start())));
        }
        return out;
    }
}
