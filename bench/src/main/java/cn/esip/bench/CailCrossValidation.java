package cn.esip.bench;

import cn.esip.nlp.cail.CailNerModel;
import cn.esip.nlp.cail.CailScorer;
import cn.esip.nlp.cail.CailSentence;
import cn.esip.nlp.cail.CailSplit;
import cn.esip.nlp.cail.CailTraining;
import cn.esip.nlp.cail.CailTraining.Params;
import cn.esip.nlp.cail.CharFeatures;
import cn.esip.nlp.cail.Lexicon;
import cn.esip.nlp.cail.ScoredSpan;
import cn.esip.nlp.encode.CharEncoder;
import cn.esip.nlp.encode.WindowedEncoder;
import cn.esip.nlp.learn.LinearTagger;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** The tagger experiments behind the training defaults: k-fold cross-validation over the training articles only. */
public final class CailCrossValidation {

    private CailCrossValidation() {
    }

    /**
     * Entity scores of a tagger configuration by {@code k}-fold cross-validation over {@code train} (folds from
     * {@link CailSplit#folds} with seed + 1), pooled over the folds; each fold builds its lexicon from its own training
     * part. {@code encoder} (best memoizing: every fold revisits the sentences) makes it the encoder tagger with
     * {@code p}'s window and scale; null, the character-feature tagger.
     */
    public static CailScorer ner(List<CailSentence> train, Path drugLexicon, Params p, CharEncoder encoder, int k,
                                 Consumer<String> progress) {
        CailScorer pooled = new CailScorer();
        WindowedEncoder windowed = encoder == null ? null : new WindowedEncoder(encoder, p.encoderWindow());
        List<CailSplit> folds = CailSplit.folds(train, k, p.seed() + 1);
        for (int fold = 0; fold < k; fold++) {
            CailSplit f = folds.get(fold);
            Lexicon lex = CailTraining.lexicon(drugLexicon, f.train(), p.trainNdrInLexicon());
            LinearTagger tagger = CailTraining.trainNer(f.train(), lex, p.template(), p.nerEpochs(), p.seed(), windowed,
                    p.encoderAlpha(), null);
            CailNerModel model = new CailNerModel(tagger, new CharFeatures(lex, p.template()), encoder,
                    windowed == null ? 0 : p.encoderWindow());
            for (CailSentence g : f.test()) {
                pooled.add(g, tagged(model, g));
            }
            if (progress != null) {
                progress.accept(String.format("cross-validation fold %d/%d: pooled entity F1 so far %.4f", fold + 1, k,
                        pooled.entityOverall().f1()));
            }
        }
        return pooled;
    }

    /**
     * Entity scores of the fine-tuned mixture ({@link CailTraining#NER_FT_ID}) by {@code k}-fold cross-validation over
     * {@code train} (the folds of {@link #ner}), one pooled scorer per weight in {@code betas}: each fold trains the
     * character-feature tagger on its training part and adds beta × {@code outOfFold} (the fine-tuned layers' scores
     * from fold models that did not see the sentence, in the same folds) before decoding.
     */
    public static List<CailScorer> mixture(List<CailSentence> train, Path drugLexicon, Params p,
                                           OutOfFoldTagScores outOfFold, double[] betas, int k, Consumer<String> progress) {
        List<CailScorer> pooled = new ArrayList<>();
        for (int b = 0; b < betas.length; b++) {
            pooled.add(new CailScorer());
        }
        List<CailSplit> folds = CailSplit.folds(train, k, p.seed() + 1);
        for (int fold = 0; fold < k; fold++) {
            CailSplit f = folds.get(fold);
            Lexicon lex = CailTraining.lexicon(drugLexicon, f.train(), p.trainNdrInLexicon());
            LinearTagger tagger = CailTraining.trainNer(f.train(), lex, p.template(), p.nerEpochs(), p.seed(), null);
            CharFeatures features = new CharFeatures(lex, p.template());
            for (int b = 0; b < betas.length; b++) {
                for (CailSentence g : f.test()) {
                    pooled.get(b).add(g, tagged(new CailNerModel(tagger, features, null, 0, outOfFold.of(g), betas[b]), g));
                }
            }
            if (progress != null) {
                progress.accept(String.format("mixture cross-validation fold %d/%d done", fold + 1, k));
            }
        }
        return pooled;
    }

    /** The gold sentence with the model's entities in place of the gold ones (no relations). */
    private static CailSentence tagged(CailNerModel model, CailSentence gold) {
        return new CailSentence(gold.articleId(), gold.sentId(), gold.text(),
                model.extract(gold.text()).stream().map(ScoredSpan::toSpan).toList(), List.of());
    }
}
