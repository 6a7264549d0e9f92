package cn.esip.nlp.cail;

import cn.esip.nlp.learn.BioesScheme;
import cn.esip.nlp.learn.LinearTagger;
import cn.esip.nlp.learn.ModelFiles;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The CAIL2022 entity tagger (Nh, Ns, NT, NDR, NW): a character-level linear-chain model with a drug lexicon. */
public final class CailNerModel {

    /** The entity labels of CAIL2022. */
    public static final List<String> LABELS = List.of("Nh", "Ns", "NT", "NDR", "NW");
    static final String MODEL_FILE = "tagger.bin.gz";
    static final String LEXICON_FILE = "lexicon.txt";

    private final LinearTagger tagger;
    private final CharFeatures features;
    private final String[] tags;

    public CailNerModel(LinearTagger tagger, CharFeatures features) {
        this.tagger = tagger;
        this.features = features;
        this.tags = tagger.tags();
    }

    /** Loads a model directory written by {@link #save}. */
    public static CailNerModel load(Path dir) {
        Path model = dir.resolve(MODEL_FILE);
        if (!Files.isRegularFile(model)) {
            throw new IllegalStateException("no CAIL NER model in " + dir);
        }
        Lexicon lex = Files.isRegularFile(dir.resolve(LEXICON_FILE)) ? Lexicon.read(dir.resolve(LEXICON_FILE))
                : new Lexicon(List.of());
        return new CailNerModel(ModelFiles.readTagger(model), new CharFeatures(lex, CharFeatures.Template.FULL));
    }

    /** Writes the model and its lexicon into {@code dir}. */
    public static void save(Path dir, LinearTagger tagger, Lexicon lexicon) {
        ModelFiles.write(dir.resolve(MODEL_FILE), tagger);
        lexicon.write(dir.resolve(LEXICON_FILE));
    }

    public int featureCount() {
        return tagger.featureCount();
    }

    /** Entity mentions of {@code text}, in order, with confidences. */
    public List<ScoredSpan> extract(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        double[][] em = tagger.emissions(features.extract(text));
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
