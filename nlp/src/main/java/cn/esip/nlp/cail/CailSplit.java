package cn.esip.nlp.cail;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Deterministic train/test split by article: the article ids are sorted, shuffled with a fixed seed and the
 * first {@code testShare} of them held out, so no sentence of a held-out judgment is ever trained on.
 */
public record CailSplit(List<CailSentence> train, List<CailSentence> test, Set<Long> testArticles) {

    /** Splits {@code all} by article id. */
    public static CailSplit byArticle(List<CailSentence> all, double testShare, long seed) {
        List<Long> ids = new ArrayList<>(new TreeSet<>(all.stream().map(CailSentence::articleId).toList()));
        Collections.shuffle(ids, new Random(seed));
        int nTest = Math.max(1, (int) Math.round(ids.size() * testShare));
        Set<Long> test = new TreeSet<>(ids.subList(0, nTest));
        List<CailSentence> tr = new ArrayList<>();
        List<CailSentence> te = new ArrayList<>();
        for (CailSentence s : all) {
            (test.contains(s.articleId()) ? te : tr).add(s);
        }
        return new CailSplit(List.copyOf(tr), List.copyOf(te), Collections.unmodifiableSet(test));
    }

    /**
     * Cross-validation folds over the articles of {@code sentences}: the sorted article ids are shuffled with
     * {@code Random(seed)} and dealt round-robin into {@code k} folds; fold i is the test part of split i.
     */
    public static List<CailSplit> folds(List<CailSentence> sentences, int k, long seed) {
        if (k < 2) {
            throw new IllegalArgumentException("need at least 2 folds, not " + k);
        }
        List<Long> ids = new ArrayList<>(new TreeSet<>(sentences.stream().map(CailSentence::articleId).toList()));
        Collections.shuffle(ids, new Random(seed));
        List<CailSplit> out = new ArrayList<>(k);
        for (int fold = 0; fold < k; fold++) {
            Set<Long> held = new TreeSet<>();
            for (int i = fold; i < ids.size(); i += k) {
                held.add(ids.get(i));
            }
            List<CailSentence> tr = new ArrayList<>();
            List<CailSentence> te = new ArrayList<>();
            for (CailSentence s : sentences) {
                (held.contains(s.articleId()) ? te : tr).add(s);
            }
            out.add(new CailSplit(List.copyOf(tr), List.copyOf(te), Collections.unmodifiableSet(held)));
        }
        return out;
    }
}
