package cn.esip.kg.index;

import cn.esip.kg.code.ProvisionCode;
import cn.esip.kg.dense.DenseSearcher;
import cn.esip.kg.domain.EffectLevel;
import cn.esip.kg.domain.Validity;
import cn.esip.kg.search.SearchHit;
import cn.esip.kg.search.SearchMode;
import cn.esip.kg.search.SearchRequest;
import cn.esip.kg.search.SearchResult;
import cn.esip.nlp.analysis.LegalAnalyzer;
import cn.esip.nlp.cite.LawNames;
import cn.esip.nlp.encode.TextEmbedder;
import cn.esip.nlp.segment.HanLpSegmenter;
import cn.esip.nlp.segment.LegalDictionary;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.FSDirectory;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Search over the law index: BM25, vectors, or both fused (hybrid), with filters (level, region, validity, in force on a date),
 * highlighted snippets, and exact lookup: a query naming an article returns that article first.
 */
public final class LawSearcher implements Retriever, Closeable {

    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Analyzer analyzer;
    private final ReferenceParser references;
    private final IndexManifest manifest;
    private volatile Vectors vectors;

    private LawSearcher(DirectoryReader reader, Analyzer analyzer, ReferenceParser references, IndexManifest manifest) {
        this.reader = reader;
        this.analyzer = analyzer;
        this.references = references;
        this.manifest = manifest;
        this.searcher = new IndexSearcher(reader);
        this.searcher.setSimilarity(new BM25Similarity());
    }

    /**
     * Opens the live index of {@code directory}.
     *
     * @throws IllegalStateException when there is no complete index there
     */
    public static LawSearcher open(IndexDirectory directory) {
        return open(directory, null);
    }

    /** Opens the live index with the given reference parser (null: the citation syntax over the index's law names). */
    public static LawSearcher open(IndexDirectory directory, ReferenceParser references) {
        if (!directory.exists()) {
            throw new IllegalStateException("no law index in " + directory.path() + " (run: esip import --corpus DIR)");
        }
        try {
            IndexManifest manifest = IndexManifest.read(directory.path());
            if (manifest.format() != IndexManifest.FORMAT) {
                throw new IllegalStateException("the law index in " + directory.path() + " has format " + manifest.format()
                        + " and this build reads format " + IndexManifest.FORMAT + " (run: esip import --corpus DIR)");
            }
            LegalDictionary dictionary = IndexDictionary.load(directory.path().resolve(IndexDictionary.FILE));
            Analyzer analyzer = new LegalAnalyzer(new HanLpSegmenter(dictionary));
            if (references == null) {
                references = new CitationReferenceParser(IndexDictionary.loadNames(directory.path().resolve(IndexDictionary.NAMES_FILE)));
            }
            DirectoryReader reader = DirectoryReader.open(FSDirectory.open(directory.path()));
            return new LawSearcher(reader, analyzer, references, manifest);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the law index in " + directory.path() + ": " + e.getMessage(), e);
        }
    }

    /** What the open index holds. */
    public IndexManifest manifest() {
        return manifest;
    }

    /** Number of article documents. */
    public int articles() {
        return reader.numDocs();
    }

    /** The vector side of hybrid search: the vector index and the embedder of its queries. */
    public record Vectors(DenseSearcher searcher, TextEmbedder embedder) {
    }

    /**
     * Makes vector and hybrid search available (null: BM25 only) and returns the vectors attached before, which the
     * caller closes once searches still running on them are done.
     */
    public Vectors attachVectors(Vectors v) {
        Vectors old = vectors;
        vectors = v;
        return old;
    }

    /** The attached vectors, or null while search is BM25 only. */
    public Vectors vectors() {
        return vectors;
    }

    @Override
    public List<SearchHit> retrieve(SearchRequest request) {
        return search(request).hits();
    }

    /** Searches with the request's mode, or BM25 when vectors are not attached (the result says which). */
    public SearchResult search(SearchRequest request) {
        try {
            Vectors v = vectors;
            SearchMode mode = v == null ? SearchMode.BM25 : request.mode();
            return new SearchResult(search(request, mode, v), mode);
        } catch (IOException e) {
            throw new UncheckedIOException("search failed: " + e.getMessage(), e);
        }
    }

    /** Candidates taken from each ranking before fusion. */
    static final int POOL = 100;
    /** Penalty articles cited per followed obligation. */
    static final int FOLLOW_TOP = 5;
    /** Fused candidates whose citing penalty articles are followed. */
    static final int FOLLOW_FROM = 20;
    private volatile HybridWeights weights = HybridWeights.DEFAULT;

    /** Replaces the constants of hybrid ranking (for measuring others; searches use {@link HybridWeights#DEFAULT}). */
    public void weights(HybridWeights w) {
        weights = w;
    }

    private static final class Candidate {
        final int doc;
        float fused;
        float score;
        /** code, version, level and kind, read once when the hybrid ranking needs them */
        Document meta;

        Candidate(int doc) {
            this.doc = doc;
        }
    }

    private List<SearchHit> search(SearchRequest request, SearchMode mode, Vectors v) throws IOException {
        List<Query> filters = SearchFilters.of(request);
        List<SearchHit> hits = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        Optional<ArticleReference> ref = references.parse(request.query());
        Optional<ExactHit> exact = ref.flatMap(r -> exact(r, filters));
        List<String> words = analyze(request.query());
        SnippetMaker snippets = new SnippetMaker(words);
        StoredFields stored = searcher.storedFields();
        List<Candidate> ranked = mode == SearchMode.BM25 ? bm25(words, filters, request.top() + 1)
                : mode == SearchMode.DENSE ? dense(request.query(), filters, request.top() + 1, v)
                : hybrid(request, words, filters, v, stored);
        if (exact.isPresent()) {
            float best = ranked.isEmpty() ? 0 : ranked.get(0).score;
            ExactHit e = exact.get();
            Document d = stored.document(e.doc);
            hits.add(toHit(d, e.code, best + 1f, true, snippets.snippet(d.get(IndexFields.TEXT))));
            seen.add(e.versionAndArticle);
        }
        for (int i = 0; i < ranked.size() && hits.size() < request.top(); i++) {
            Candidate c = ranked.get(i);
            Document d = stored.document(c.doc);
            if (!seen.add(d.get(IndexFields.VERSION) + "|" + d.get(IndexFields.CODE))) {
                continue;
            }
            hits.add(toHit(d, d.get(IndexFields.CODE), c.score, false, snippets.snippet(d.get(IndexFields.TEXT))));
        }
        return hits;
    }

    private List<Candidate> bm25(List<String> words, List<Query> filters, int n) throws IOException {
        TopDocs top = searcher.search(withFilters(textQuery(words), filters), n);
        List<Candidate> out = new ArrayList<>();
        for (ScoreDoc sd : top.scoreDocs) {
            Candidate c = new Candidate(sd.doc);
            c.score = sd.score;
            out.add(c);
        }
        return out;
    }

    private List<Candidate> dense(String query, List<Query> filters, int n, Vectors v) throws IOException {
        float[] q = v.embedder().embedQuery(query);
        List<Candidate> out = new ArrayList<>();
        for (DenseSearcher.DenseHit h : v.searcher().search(q, filters, n)) {
            int doc = docOf(h.versionId(), h.code());
            if (doc >= 0) {
                Candidate c = new Candidate(doc);
                c.score = h.score();
                out.add(c);
            }
        }
        return out;
    }

    /**
     * BM25 and vector rankings fused by reciprocal rank; then the penalty articles that cite a strong candidate
     * (the graph's citations, indexed with each article) share its score, local rules weigh less unless a region is asked for
     * or they are the handler's own ({@link SearchRequest#home}), and a description of facts prefers penalty articles.
     */
    private List<Candidate> hybrid(SearchRequest request, List<String> words, List<Query> filters, Vectors v,
                                   StoredFields stored) throws IOException {
        HybridWeights hw = weights;
        java.util.Map<Integer, Candidate> byDoc = new java.util.HashMap<>();
        List<Candidate> lexical = words.isEmpty() ? List.of() : bm25(words, filters, POOL);
        List<Candidate> vector = dense(request.query(), filters, POOL, v);
        for (int r = 0; r < lexical.size(); r++) {
            byDoc.computeIfAbsent(lexical.get(r).doc, Candidate::new).fused += 1f / (hw.rrfK() + r + 1);
        }
        for (int r = 0; r < vector.size(); r++) {
            byDoc.computeIfAbsent(vector.get(r).doc, Candidate::new).fused += hw.dense() / (hw.rrfK() + r + 1);
        }
        Set<String> fields = Set.of(IndexFields.CODE, IndexFields.VERSION, IndexFields.LEVEL, IndexFields.KIND,
                IndexFields.REGION);
        List<Candidate> top = new ArrayList<>(byDoc.values());
        top.sort(Comparator.comparingDouble((Candidate c) -> -c.fused));
        for (Candidate c : top.subList(0, Math.min(FOLLOW_FROM, top.size()))) {
            Document d = c.meta = stored.document(c.doc, fields);
            if (IndexFields.PENALTY_KIND.equals(d.get(IndexFields.KIND))) {
                continue;
            }
            BooleanQuery.Builder b = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(IndexFields.CITES, d.get(IndexFields.CODE))), BooleanClause.Occur.FILTER)
                    .add(new TermQuery(new Term(IndexFields.KIND, IndexFields.PENALTY_KIND)), BooleanClause.Occur.FILTER);
            filters.forEach(f -> b.add(f, BooleanClause.Occur.FILTER));
            for (ScoreDoc sd : searcher.search(b.build(), FOLLOW_TOP).scoreDocs) {
                byDoc.computeIfAbsent(sd.doc, Candidate::new).fused += hw.follow() * c.fused;
            }
        }
        boolean facts = !isQuestion(request.query());
        for (Candidate c : byDoc.values()) {
            Document d = c.meta != null ? c.meta : stored.document(c.doc, fields);
            float w = 1f;
            if (request.region() == null && EffectLevel.isLocalLabel(d.get(IndexFields.LEVEL))
                    && !request.atHome(d.get(IndexFields.REGION))) {
                w *= hw.local();
            }
            if (facts && IndexFields.PENALTY_KIND.equals(d.get(IndexFields.KIND))) {
                w *= 1 + hw.factsPenalty();
            }
            c.score = c.fused * w;
        }
        List<Candidate> out = new ArrayList<>(byDoc.values());
        out.sort(Comparator.comparingDouble((Candidate c) -> -c.score));
        return out;
    }

    /** An article as the index holds it. */
    public record IndexedText(String versionId, String code, String title, String article, String text, List<String> cites) {
    }

    /**
     * Article {@code code} (of any version of its law) as the index holds it: in {@code versionId} when given and
     * there, else the version in force, else the newest; null when no version has it.
     */
    public IndexedText article(String versionId, String code) {
        try {
            String articleCode = ProvisionCode.parse(code).articleCode().toString();
            TopDocs td = searcher.search(new TermQuery(new Term(IndexFields.CODE, articleCode)), 50);
            Document best = null;
            for (ScoreDoc sd : td.scoreDocs) {
                Document d = searcher.storedFields().document(sd.doc);
                if (versionId != null && versionId.equals(d.get(IndexFields.VERSION))) {
                    best = d;
                    break;
                }
                if (best == null || VERSION_RANK.compare(d, best) > 0) {
                    best = d;
                }
            }
            if (best == null) {
                return null;
            }
            return new IndexedText(best.get(IndexFields.VERSION), articleCode, best.get(IndexFields.TITLE),
                    best.get(IndexFields.ARTICLE), best.get(IndexFields.TEXT), List.of(best.getValues(IndexFields.CITES)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Versions in force before others, then newer before older. */
    private static final Comparator<Document> VERSION_RANK = Comparator
            .comparing((Document d) -> Validity.IN_FORCE.label().equals(d.get(IndexFields.VALIDITY)))
            .thenComparing(d -> d.get(IndexFields.VERSION_DATE) == null ? "" : d.get(IndexFields.VERSION_DATE));

    private static final java.util.regex.Pattern QUESTION = java.util.regex.Pattern.compile(
            "[？?]|吗|多少|多久|多长|几[天日年月个次种]|哪些|哪个|是否|怎么|怎样|如何|能否|能不能|可不可以|有没有|什么");

    /** True when the query asks a question (procedure, QA) rather than naming conduct or describing facts. */
    static boolean isQuestion(String query) {
        return QUESTION.matcher(query).find();
    }

    /** The law-index document of article {@code code} in version {@code versionId}, or -1. */
    private int docOf(String versionId, String code) throws IOException {
        TopDocs td = searcher.search(new BooleanQuery.Builder()
                .add(new TermQuery(new Term(IndexFields.CODE, code)), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(IndexFields.VERSION, versionId)), BooleanClause.Occur.FILTER).build(), 1);
        return td.scoreDocs.length == 0 ? -1 : td.scoreDocs[0].doc;
    }

    private record ExactHit(int doc, String code, String versionAndArticle) {
    }

    /**
     * Exact lookup: the provision code a reference names (article, or the named 款/项 of it) in the version in
     * force, else the newest version that has the article; empty when no indexed law has that article.
     */
    public Optional<String> lookup(ArticleReference ref) {
        return exact(ref, List.of()).map(ExactHit::code);
    }

    /**
     * The code of the law a title or alias names (normalised as {@link LawNames#normalize}), taken from the version in
     * force, else the newest; empty when no indexed law has that name.
     */
    public Optional<String> lawCodeOf(String title) {
        try {
            TopDocs td = searcher.search(new TermQuery(new Term(IndexFields.ALIAS, LawNames.normalize(title))), 50);
            return bestVersion(td).map(h -> h.fields().get(IndexFields.LAW));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A hit with its stored fields. */
    private record StoredHit(int doc, Document fields) {
    }

    /** Among {@code hits}, the one of the highest-ranked version ({@link #VERSION_RANK}); empty when there are none. */
    private Optional<StoredHit> bestVersion(TopDocs hits) throws IOException {
        StoredFields stored = searcher.storedFields();
        StoredHit best = null;
        for (ScoreDoc sd : hits.scoreDocs) {
            Document d = stored.document(sd.doc);
            if (best == null || VERSION_RANK.compare(d, best.fields()) > 0) {
                best = new StoredHit(sd.doc, d);
            }
        }
        return Optional.ofNullable(best);
    }

    /** The article a reference names: among matching versions the one in force, else the newest. */
    private Optional<ExactHit> exact(ArticleReference ref, List<Query> filters) {
        try {
            BooleanQuery.Builder b = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(IndexFields.ALIAS, LawNames.normalize(ref.lawTitle()))), BooleanClause.Occur.FILTER)
                    .add(new TermQuery(new Term(IndexFields.ARTICLE_KEY, ArticleDocuments.articleKey(ref.article(), ref.suffix()))),
                            BooleanClause.Occur.FILTER);
            filters.forEach(f -> b.add(f, BooleanClause.Occur.FILTER));
            Optional<StoredHit> hit = bestVersion(searcher.search(b.build(), 50));
            if (hit.isEmpty()) {
                return Optional.empty();
            }
            StoredHit best = hit.get();
            Document bestDoc = best.fields();
            String code = bestDoc.get(IndexFields.CODE);
            if (ref.paragraph() > 0) {
                ProvisionCode named = ProvisionCode.parse(code).withParagraph(ref.paragraph());
                code = (ref.item() > 0 ? named.withItem(ref.item()) : named).toString();
            }
            return Optional.of(new ExactHit(best.doc(), code, bestDoc.get(IndexFields.VERSION) + "|" + bestDoc.get(IndexFields.CODE)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * BM25 over the article text, the law title and the chapter path: a flat disjunction of term queries
     * (which Lucene evaluates with block-max skipping), title and chapter weighted lower than the text.
     */
    static Query textQuery(List<String> words) {
        if (words.isEmpty()) {
            return new MatchNoDocsQuery("no words in query");
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String w : words) {
            b.add(new TermQuery(new Term(IndexFields.TEXT, w)), BooleanClause.Occur.SHOULD);
            b.add(new BoostQuery(new TermQuery(new Term(IndexFields.TITLE, w)), 0.8f), BooleanClause.Occur.SHOULD);
            b.add(new BoostQuery(new TermQuery(new Term(IndexFields.CHAPTER, w)), 0.5f), BooleanClause.Occur.SHOULD);
        }
        return b.build();
    }

    /**
     * The index words of {@code text} (as the article text is analysed) with their inverse document frequency in the
     * article texts, in order of first appearance; a word no article has gets the highest weight.
     */
    public java.util.Map<String, Float> weightedWords(String text) {
        try {
            java.util.Map<String, Float> out = new java.util.LinkedHashMap<>();
            int n = reader.numDocs();
            for (String w : analyze(text)) {
                int df = reader.docFreq(new Term(IndexFields.TEXT, w));
                out.put(w, (float) Math.log(1 + (n - df + 0.5) / (df + 0.5)));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The index words of {@code text}, as the article text is analysed. */
    public List<String> words(String text) {
        try {
            return analyze(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> analyze(String query) throws IOException {
        Set<String> words = new LinkedHashSet<>();
        try (TokenStream ts = analyzer.tokenStream(IndexFields.TEXT, query)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken() && words.size() < 64) {
                words.add(term.toString());
            }
            ts.end();
        }
        return new ArrayList<>(words);
    }

    private static Query withFilters(Query q, List<Query> filters) {
        if (filters.isEmpty()) {
            return q;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(q, BooleanClause.Occur.MUST);
        filters.forEach(f -> b.add(f, BooleanClause.Occur.FILTER));
        return b.build();
    }

    private static SearchHit toHit(Document d, String code, float score, boolean exact, String snippet) {
        ProvisionCode pc = ProvisionCode.parse(d.get(IndexFields.CODE));
        return new SearchHit(code, d.get(IndexFields.VERSION), d.get(IndexFields.LAW), d.get(IndexFields.TITLE),
                d.get(IndexFields.SHORT_TITLE), d.get(IndexFields.ARTICLE), pc.article(), pc.suffix(), code,
                d.get(IndexFields.CHAPTER), d.get(IndexFields.LEVEL), d.get(IndexFields.REGION), d.get(IndexFields.VALIDITY),
                d.get(IndexFields.VERSION_DATE) == null ? null : LocalDate.parse(d.get(IndexFields.VERSION_DATE)),
                IndexFields.PENALTY_KIND.equals(d.get(IndexFields.KIND)), score, exact, snippet);
    }

    @Override
    public void close() throws IOException {
        Vectors v = vectors;
        if (v != null) {
            v.searcher().close();
        }
        reader.close();
        analyzer.close();
    }
}
