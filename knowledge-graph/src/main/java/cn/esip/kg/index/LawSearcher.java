package cn.esip.kg.index;

import cn.esip.kg.domain.EffectLevel;
import cn.esip.kg.domain.Validity;
import cn.esip.kg.code.ProvisionCode;
import cn.esip.nlp.analysis.LegalAnalyzer;
import cn.esip.nlp.segment.LegalDictionary;
import cn.esip.nlp.segment.HanLpSegmenter;
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
 * BM25 search over the law index with filters (level, region, validity, in force on a date),
 * highlighted snippets, and exact lookup: a query naming an article returns that article first.
 */
public final class LawSearcher implements Retriever, Closeable {

    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Analyzer analyzer;
    private final ReferenceParser references;
    private final IndexManifest manifest;

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

    @Override
    public List<SearchHit> retrieve(SearchRequest request) {
        try {
            return search(request);
        } catch (IOException e) {
            throw new UncheckedIOException("search failed: " + e.getMessage(), e);
        }
    }

    private List<SearchHit> search(SearchRequest request) throws IOException {
        List<Query> filters = filters(request);
        List<SearchHit> hits = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        Optional<ArticleReference> ref = references.parse(request.query());
        Optional<ExactHit> exact = ref.flatMap(r -> exact(r, filters));
        List<String> words = analyze(request.query());
        Query text = textQuery(words);
        SnippetMaker snippets = new SnippetMaker(words);
        TopDocs top = searcher.search(withFilters(text, filters), request.top() + 1);
        StoredFields stored = searcher.storedFields();
        if (exact.isPresent()) {
            float best = top.scoreDocs.length == 0 ? 0 : top.scoreDocs[0].score;
            ExactHit e = exact.get();
            Document d = stored.document(e.doc);
            hits.add(toHit(d, e.code, best + 1f, true, snippets.snippet(d.get(IndexFields.TEXT))));
            seen.add(e.versionAndArticle);
        }
        for (int i = 0; i < top.scoreDocs.length && hits.size() < request.top(); i++) {
            ScoreDoc sd = top.scoreDocs[i];
            Document d = stored.document(sd.doc);
            if (!seen.add(d.get(IndexFields.VERSION) + "|" + d.get(IndexFields.CODE))) {
                continue;
            }
            hits.add(toHit(d, d.get(IndexFields.CODE), sd.score, false, snippets.snippet(d.get(IndexFields.TEXT))));
        }
        return hits;
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

    /** The article a reference names: among matching versions the one in force, else the newest. */
    private Optional<ExactHit> exact(ArticleReference ref, List<Query> filters) {
        try {
            BooleanQuery.Builder b = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(IndexFields.ALIAS, LawAliases.normalise(ref.lawTitle()))), BooleanClause.Occur.FILTER)
                    .add(new TermQuery(new Term(IndexFields.ARTICLE_KEY, ArticleDocuments.articleKey(ref.article(), ref.suffix()))),
                            BooleanClause.Occur.FILTER);
            filters.forEach(f -> b.add(f, BooleanClause.Occur.FILTER));
            TopDocs td = searcher.search(b.build(), 50);
            StoredFields stored = searcher.storedFields();
            ScoreDoc best = null;
            Document bestDoc = null;
            Comparator<Document> rank = Comparator
                    .comparing((Document d) -> Validity.IN_FORCE.label().equals(d.get(IndexFields.VALIDITY)))
                    .thenComparing(d -> d.get(IndexFields.VERSION_DATE) == null ? "" : d.get(IndexFields.VERSION_DATE));
            for (ScoreDoc sd : td.scoreDocs) {
                Document d = stored.document(sd.doc);
                if (bestDoc == null || rank.compare(d, bestDoc) > 0) {
                    best = sd;
                    bestDoc = d;
                }
            }
            if (best == null) {
                return Optional.empty();
            }
            String code = bestDoc.get(IndexFields.CODE);
            if (ref.paragraph() > 0) {
                ProvisionCode named = ProvisionCode.parse(code).withParagraph(ref.paragraph());
                code = (ref.item() > 0 ? named.withItem(ref.item()) : named).toString();
            }
            return Optional.of(new ExactHit(best.doc, code, bestDoc.get(IndexFields.VERSION) + "|" + bestDoc.get(IndexFields.CODE)));
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

    private static List<Query> filters(SearchRequest r) {
        List<Query> out = new ArrayList<>();
        if (r.level() != null) {
            out.add(new TermQuery(new Term(IndexFields.LEVEL, EffectLevel.parse(r.level()).label())));
        }
        if (r.region() != null) {
            if (!r.region().matches("\\d{6}")) {
                throw new IllegalArgumentException("region must be a six-digit GB/T 2260 code: " + r.region());
            }
            out.add(new TermQuery(new Term(IndexFields.REGION, r.region())));
        }
        if (r.validity() != null) {
            out.add(new TermQuery(new Term(IndexFields.VALIDITY, Validity.parse(r.validity()).label())));
        }
        if (r.validOn() != null) {
            long day = r.validOn().toEpochDay();
            out.add(LongPoint.newRangeQuery(IndexFields.VALID_FROM, Long.MIN_VALUE, day));
            out.add(LongPoint.newRangeQuery(IndexFields.VALID_TO, day + 1, Long.MAX_VALUE));
        }
        return out;
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
        return new SearchHit(code, d.get(IndexFields.VERSION), d.get(IndexFields.LAW), d.get(IndexFields.TITLE),
                d.get(IndexFields.SHORT_TITLE), d.get(IndexFields.ARTICLE), d.get(IndexFields.CHAPTER),
                d.get(IndexFields.LEVEL), d.get(IndexFields.REGION), d.get(IndexFields.VALIDITY),
                d.get(IndexFields.VERSION_DATE) == null ? null : LocalDate.parse(d.get(IndexFields.VERSION_DATE)),
                score, exact, snippet);
    }

    /** An article of a version in force, for benchmarks of exact lookup. */
    public record IndexedArticle(String code, String versionId, String title, String shortTitle, String article) {
    }

    /** Up to {@code n} articles of versions in force, drawn with a fixed seed (the same index gives the same sample). */
    public List<IndexedArticle> sampleInForce(int n, long seed) throws IOException {
        TopDocs all = searcher.search(new TermQuery(new Term(IndexFields.VALIDITY, Validity.IN_FORCE.label())), Integer.MAX_VALUE);
        List<ScoreDoc> docs = new ArrayList<>(List.of(all.scoreDocs));
        java.util.Collections.shuffle(docs, new java.util.Random(seed));
        List<IndexedArticle> out = new ArrayList<>();
        StoredFields stored = searcher.storedFields();
        for (ScoreDoc sd : docs.subList(0, Math.min(n, docs.size()))) {
            Document d = stored.document(sd.doc);
            out.add(new IndexedArticle(d.get(IndexFields.CODE), d.get(IndexFields.VERSION), d.get(IndexFields.TITLE),
                    d.get(IndexFields.SHORT_TITLE), d.get(IndexFields.ARTICLE)));
        }
        return out;
    }

    @Override
    public void close() throws IOException {
        reader.close();
        analyzer.close();
    }
}
