package cn.esip.nlp.ie;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/** A deterministic train/test split by article (fixed seed): no sentence of a held-out judgment is ever trained on. */
public record ArticleSplit(List<LabelledSentence> train, List<LabelledSentence> test, Set<Long> testArticles) {

    /** Splits {@code all} by article id. */
    public static ArticleSplit byArticle(List<LabelledSentence> all, double testShare, long seed) {
        List<Long> ids = shuffledArticles(all, seed);
        int nTest = Math.max(1, (int) Math.round(ids.size() * testShare));
        return holdOut(all, new TreeSet<>(ids.subList(0, nTest)));
    }

    /**
     * Cross-validation folds over the articles of {@code sentences}: the sorted article ids are shuffled with
     * {@code Random(seed)} and dealt round-robin into {@code k} folds; fold i is the test part of split i.
     */
    public static List<ArticleSplit> folds(List<LabelledSentence> sentences, int k, long seed) {
        if (k < 2) {
            throw new IllegalArgumentException("need at least 2 folds, not " + k);
        }
        List<Long> ids = shuffledArticles(sentences, seed);
        List<ArticleSplit> out = new ArrayList<>(k);
        for (int fold = 0; fold < k; fold++) {
            Set<Long> held = new TreeSet<>();
            for (int i = fold; i < ids.size(); i += k) {
                held.add(ids.get(i));
            }
            out.add(holdOut(sentences, held));
        }
        return out;
    }

    /** The distinct article ids of {@code sentences}, sorted, then shuffled with {@code Random(seed)}. */
    private static List<Long> shuffledArticles(List<LabelledSentence> sentences, long seed) {
        List<Long> ids = new ArrayList<>(new TreeSet<>(sentences.stream().map(LabelledSentence::articleId).toList()));
        Collections.shuffle(ids, new Random(seed));
        return ids;
    }

    /** The sentences of the {@code held} articles as the test part, all others as the training part. */
    private static ArticleSplit holdOut(List<LabelledSentence> sentences, Set<Long> held) {
        List<LabelledSentence> tr = new ArrayList<>();
        List<LabelledSentence> te = new ArrayList<>();
        for (LabelledSentence s : sentences) {
            (held.contains(s.articleId()) ? te : tr).add(s);
        }
        return new ArticleSplit(List.copyOf(tr), List.copyOf(te), Collections.unmodifiableSet(held));
    }
}
