package cn.esip.nlp.ie;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleSplitTest {

    private static List<LabelledSentence> sentences(int articles, int perArticle) {
        List<LabelledSentence> out = new ArrayList<>();
        for (long a = 0; a < articles; a++) {
            for (long s = 0; s < perArticle; s++) {
                out.add(new LabelledSentence(a, s, "句子" + a + "-" + s, List.of(), List.of()));
            }
        }
        return out;
    }

    @Test
    void foldsPartitionTheArticlesAndNeverSplitOne() {
        List<LabelledSentence> all = sentences(10, 3);
        List<ArticleSplit> folds = ArticleSplit.folds(all, 3, 5L);
        assertEquals(3, folds.size());
        Set<Long> seen = new HashSet<>();
        for (ArticleSplit f : folds) {
            assertEquals(all.size(), f.train().size() + f.test().size());
            for (LabelledSentence s : f.test()) {
                assertTrue(f.testArticles().contains(s.articleId()));
            }
            for (LabelledSentence s : f.train()) {
                assertTrue(!f.testArticles().contains(s.articleId()));
            }
            for (Long a : f.testArticles()) {
                assertTrue(seen.add(a), "article " + a + " is in two test folds");
            }
            assertTrue(f.testArticles().size() == 3 || f.testArticles().size() == 4);
        }
        assertEquals(10, seen.size());
        assertEquals(folds.get(1).testArticles(), ArticleSplit.folds(all, 3, 5L).get(1).testArticles());
    }

    @Test
    void rejectsFewerThanTwoFolds() {
        assertThrows(IllegalArgumentException.class, () -> ArticleSplit.folds(sentences(4, 1), 1, 5L));
    }
}
