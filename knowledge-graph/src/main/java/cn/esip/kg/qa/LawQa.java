package cn.esip.kg.qa;

import cn.esip.kg.index.LawSearcher;
import cn.esip.kg.search.SearchHit;
import cn.esip.kg.search.SearchRequest;
import cn.esip.kg.search.SearchResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Knowledge QA (知识问答) by extraction: the articles that search finds are cut into sentences, each sentence is scored
 * by its coverage, the share of the question's word weight (IDF) it holds, a little more in higher-ranked articles,
 * and the best sentence is quoted verbatim with its article. When the best coverage is below {@value #THRESHOLD} it
 * abstains and lists the nearest articles.
 * Nothing is generated, so every answer is a quotation with its citation.
 */
public final class LawQa {

    /** The answer given when the evidence is weak. */
    public static final String ABSTAIN = "未找到可靠依据";
    /** Longest question accepted, in characters. */
    public static final int MAX_QUESTION = 500;
    /** Articles read per question. */
    static final int ARTICLES = 5;
    /** How much a sentence's coverage counts more in a higher-ranked article: × (1 + RANK_PRIOR / rank). */
    static final double RANK_PRIOR = 0.25;
    /** Coverage of the question's word weight below which it abstains. */
    static final double THRESHOLD = 0.38;

    /** Words that ask, and say nothing of what is asked about. */
    private static final Set<String> ASKING = Set.of("什么", "多少", "哪些", "哪个", "是否", "怎么", "怎样", "如何", "能否",
            "可以", "几", "多久", "多长", "时间", "吗", "呢", "哪", "谁", "有", "要", "需要", "应该");

    private final LawSearcher searcher;
    private final double threshold;

    public LawQa(LawSearcher searcher) {
        this(searcher, THRESHOLD);
    }

    /** QA that abstains below another coverage (for measuring the trade-off; answers use {@link #THRESHOLD}). */
    public LawQa(LawSearcher searcher, double threshold) {
        this.searcher = searcher;
        this.threshold = threshold;
    }

    /** Refuses a missing question at once, before any caller waits for the index (its text is checked by {@link #answer}). */
    public static void requirePresent(String question) {
        if (question == null) {
            throw new IllegalArgumentException("question must not be empty");
        }
    }

    /**
     * Answers {@code question}.
     *
     * @throws IllegalArgumentException when the question is empty or longer than {@value #MAX_QUESTION} characters
     */
    public QaAnswer answer(String question) {
        if (question == null || question.isBlank()) {
            throw new IllegalArgumentException("question must not be empty");
        }
        String q = question.strip();
        if (q.length() > MAX_QUESTION) {
            throw new IllegalArgumentException("question longer than " + MAX_QUESTION + " characters");
        }
        SearchResult found = searcher.search(SearchRequest.inForce(q, ARTICLES));
        Map<String, Float> weights = new java.util.LinkedHashMap<>(searcher.weightedWords(q));
        weights.keySet().removeIf(ASKING::contains);
        double total = weights.values().stream().mapToDouble(Float::doubleValue).sum();
        double best = -1;
        double bestCoverage = 0;
        String bestSentence = null;
        SearchHit bestHit = null;
        List<SearchHit> hits = found.hits();
        for (int r = 0; r < hits.size() && total > 0; r++) {
            SearchHit h = hits.get(r);
            LawSearcher.IndexedText article = searcher.article(h.versionId(), h.code());
            if (article == null) {
                continue;
            }
            String text = article.text();
            for (String sentence : sentences(text)) {
                Set<String> words = new java.util.HashSet<>(searcher.words(sentence));
                double covered = 0;
                for (Map.Entry<String, Float> w : weights.entrySet()) {
                    if (words.contains(w.getKey()) || sentence.contains(w.getKey())) {
                        covered += w.getValue();
                    }
                }
                double coverage = covered / total;
                double score = coverage * (1 + RANK_PRIOR / (r + 1));
                if (score > best) {
                    best = score;
                    bestCoverage = coverage;
                    bestSentence = sentence;
                    bestHit = h;
                }
            }
        }
        if (bestHit == null || bestCoverage < threshold) {
            List<AnswerCitation> nearest = new ArrayList<>();
            for (SearchHit h : hits.subList(0, Math.min(3, hits.size()))) {
                LawSearcher.IndexedText article = searcher.article(h.versionId(), h.code());
                nearest.add(citation(h, firstSentence(article == null ? null : article.text())));
            }
            return new QaAnswer(q, ABSTAIN, true, round(bestCoverage), nearest, found.mode().label());
        }
        return new QaAnswer(q, bestSentence, false, round(bestCoverage), List.of(citation(bestHit, bestSentence)),
                found.mode().label());
    }

    private static AnswerCitation citation(SearchHit h, String quote) {
        return new AnswerCitation(h.title(), h.article(), h.articleNumber(), h.provisionCode(), h.versionId(), quote);
    }

    /**
     * The sentences of an article: cut after 。！？ and at line breaks, except that a sentence ending in ： keeps the
     * items that follow it (…可以适用简易程序：（一）…三千元以下的).
     */
    static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        boolean list = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                String so = sb.toString().strip();
                if (so.endsWith("：") || so.endsWith(":")) {
                    list = true;
                }
                if (list && i + 1 < text.length() && (text.charAt(i + 1) == '（' || text.charAt(i + 1) == '(')) {
                    sb.append('\n');
                    continue;
                }
                list = false;
                flush(sb, out);
                continue;
            }
            if (list) {
                sb.append(c);
                continue;
            }
            sb.append(c);
            if (c == '。' || c == '！' || c == '？') {
                flush(sb, out);
            }
        }
        flush(sb, out);
        return out;
    }

    private static void flush(StringBuilder sb, List<String> out) {
        String s = sb.toString().strip();
        if (!s.isEmpty()) {
            out.add(s);
        }
        sb.setLength(0);
    }

    private static String firstSentence(String text) {
        if (text == null) {
            return "";
        }
        List<String> s = sentences(text);
        return s.isEmpty() ? "" : s.get(0);
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
