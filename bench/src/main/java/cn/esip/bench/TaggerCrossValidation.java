package cn.esip.bench;

import cn.esip.nlp.ie.EntityTagger;
import cn.esip.nlp.ie.ExtractionScorer;
import cn.esip.nlp.ie.LabelledSentence;
import cn.esip.nlp.ie.ArticleSplit;
import cn.esip.nlp.ie.ExtractorTraining;
import cn.esip.nlp.ie.ExtractorTraining.Params;
import cn.esip.nlp.ie.CharFeatures;
import cn.esip.nlp.ie.Lexicon;
import cn.esip.nlp.ie.ScoredSpan;
import cn.esip.nlp.encode.CharEncoder;
import cn.esip.nlp.encode.WindowedEncoder;
import cn.esip.nlp.learn.LinearTagger;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** The tagger experiments behind the training defaults: k-fold cross-validation over the training articles only. */
public final class TaggerCrossValidation {

    private TaggerCrossValidation() {
    }

    /**
     * Entity scores of a tagger configuration by {@code k}-fold cross-validation over {@code train} (folds from
     * {@link ArticleSplit#folds} with seed + 1), pooled over the folds; each fold builds its lexicon from its own training
     * part. {@code encoder} (best memoizing: every fold revisits the sentences) makes it the encoder tagger with
     * {@code p}'s window and scale; null, the character-feature tagger.
     */
    public static ExtractionScorer ner(List<LabelledSentence> train, Path drugLexicon, Params p, CharEncoder encoder, int k,
                                 Consumer<String> progress) {
        ExtractionScorer pooled = new ExtractionScorer();
        WindowedEncoder windowed = encoder == null ? null : new WindowedEncoder(encoder, p.encoderWindow());
        List<ArticleSplit> folds = ArticleSplit.folds(train, k, p.seed() + 1);
        for (int fold = 0; fold < k; fold++) {
            ArticleSplit f = folds.get(fold);
            Lexicon lex = ExtractorTraining.lexicon(drugLexicon, f.train(), p.trainNdrInLexicon());
            LinearTagger tagger = ExtractorTraining.trainNer(f.train(), lex, p.template(), p.nerEpochs(), p.seed(), windowed,
                    p.encoderAlpha(), null);
            EntityTagger model = new EntityTagger(tagger, new CharFeatures(lex, p.template()), encoder,
                    windowed == null ? 0 : p.encoderWindow());
            for (LabelledSentence g : f.test()) {
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
     * Entity scores of the fine-tuned mixture ({@link ExtractorTraining#NER_FT_ID}) by {@code k}-fold cross-validation over
     * {@code train} (the folds of {@link #ner}), one pooled scorer per weight in {@code betas}: each fold trains the
     * character-feature tagger on its training part and adds beta × {@code outOfFold} (the fine-tuned layers' scores
     * from fold models that did not see the sentence, in the same folds) before decoding.
     */
    public static List<ExtractionScorer> mixture(List<LabelledSentence> train, Path drugLexicon, Params p,
                                           OutOfFoldTagScores outOfFold, double[] betas, int k, Consumer<String> progress) {
        List<ExtractionScorer> pooled = new ArrayList<>();
        for (int b = 0; b < betas.length; b++) {
            pooled.add(new ExtractionScorer());
        }
        List<ArticleSplit> folds = ArticleSplit.folds(train, k, p.seed() + 1);
        for (int fold = 0; fold < k; fold++) {
            ArticleSplit f = folds.get(fold);
            Lexicon lex = ExtractorTraining.lexicon(drugLexicon, f.train(), p.trainNdrInLexicon());
            LinearTagger tagger = ExtractorTraining.trainNer(f.train(), lex, p.template(), p.nerEpochs(), p.seed(), null);
            CharFeatures features = new CharFeatures(lex, p.template());
            for (int b = 0; b < betas.length; b++) {
                for (LabelledSentence g : f.test()) {
                    pooled.get(b).add(g, tagged(new EntityTagger(tagger, features, null, 0, outOfFold.of(g), betas[b]), g));
                }
            }
            if (progress != null) {
                progress.accept(String.format("mixture cross-validation fold %d/%d done", fold + 1, k));
            }
        }
        return pooled;
    }

    /** The gold sentence with the model's entities in place of the gold ones (no relations). */
    private static LabelledSentence tagged(EntityTagger model, LabelledSentence gold) {
        return new LabelledSentence(gold.articleId(), gold.sentId(), gold.text(),
                model.extract(gold.text()).stream().map(ScoredSpan::toSpan).toList(), List.of());
    }
}
