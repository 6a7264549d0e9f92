package cn.esip.kg.service;

import cn.esip.kg.cases.CaseLibrary;
import cn.esip.kg.cases.SimilarCases;
import cn.esip.kg.cases.TypicalCase;
import cn.esip.kg.dense.DenseIndexBuilder;
import cn.esip.kg.dense.DenseManifest;
import cn.esip.kg.dense.DenseSearcher;
import cn.esip.kg.domain.LawRelation;
import cn.esip.kg.domain.LawVersion;
import cn.esip.kg.index.IndexDirectory;
import cn.esip.kg.index.IndexManifest;
import cn.esip.kg.index.LawIndexBuilder;
import cn.esip.kg.index.LawSearcher;
import cn.esip.kg.index.ReferenceParser;
import cn.esip.kg.qa.LawQa;
import cn.esip.kg.qa.QaAnswer;
import cn.esip.kg.recommend.LawRecommender;
import cn.esip.kg.recommend.RecommendResult;
import cn.esip.kg.search.SearchHit;
import cn.esip.kg.search.SearchRequest;
import cn.esip.kg.search.SearchResult;
import cn.esip.kg.store.GraphConnection;
import cn.esip.kg.store.GraphKeys;
import cn.esip.kg.store.GraphReader;
import cn.esip.kg.store.GraphWriter;
import cn.esip.kg.store.Neo4jSettings;
import cn.esip.kg.view.LawSummary;
import cn.esip.kg.view.LawView;
import cn.esip.kg.view.ProvisionView;
import cn.esip.nlp.encode.BgeTextEmbedder;
import cn.esip.nlp.encode.TextEmbedder;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The law knowledge base as the CLI and the REST API see it: import law versions into the graph and
 * the index, search, and read laws and provisions. Opens Neo4j and the index lazily, on first use.
 */
public final class LawKnowledgeBase implements AutoCloseable {

    private final Neo4jSettings neo4j;
    private final IndexDirectory indexDirectory;
    private final ReferenceParser references;
    private final int indexThreads;
    private GraphConnection graph;
    private volatile LawSearcher searcher;
    private TextEmbedder embedder;
    private SimilarCases cases;
    private LawSearcher casesFor;
    private final ScheduledExecutorService closer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "index-closer");
        t.setDaemon(true);
        return t;
    });

    /** A knowledge base whose searches recognise named articles with the shared citation syntax. */
    public LawKnowledgeBase(Neo4jSettings neo4j) {
        this(neo4j, null);
    }

    /** A knowledge base with its own reference parser (null: the default). */
    public LawKnowledgeBase(Neo4jSettings neo4j, ReferenceParser references) {
        this.neo4j = neo4j;
        this.indexDirectory = new IndexDirectory(neo4j.dataDir());
        this.references = references;
        this.indexThreads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    }

    /** True when a complete index is in the data directory. */
    public boolean hasIndex() {
        return indexDirectory.exists();
    }

    /**
     * The one citation resolver for text from outside the corpus (case documents, queries), for import, REST and CLI
     * alike: the law index's exact article lookup, in the version in force; nothing resolves while there is no index.
     */
    public cn.esip.nlp.cite.ProvisionResolver provisionResolver() {
        cn.esip.kg.index.IndexProvisionResolver byIndex = new cn.esip.kg.index.IndexProvisionResolver(this::searcher);
        return (mention, citingCode) -> hasIndex() ? byIndex.resolve(mention, citingCode)
                : new cn.esip.nlp.cite.ProvisionResolver.Resolution(
                        cn.esip.nlp.cite.ProvisionResolver.Outcome.TARGET_LAW_MISSING, null, List.of());
    }

    /** The legal terms (law titles and short titles) of the index, for segmentation. */
    public cn.esip.nlp.segment.LegalTermSource legalTerms() {
        return new cn.esip.kg.index.IndexLegalTermSource(indexPath());
    }

    /** The index directory. */
    public Path indexPath() {
        return indexDirectory.path();
    }

    /**
     * Replaces the graph and the index with {@code versions}; the graph and the index are written at
     * the same time. The new index becomes visible to searches only when complete.
     */
    public StoreSummary replaceAll(List<LawVersion> versions, List<LawRelation> relations, ImportProgress progress) {
        return replaceAll(versions, relations, progress, true);
    }

    /** As {@link #replaceAll(List, List, ImportProgress)}; {@code concurrent=false} writes the graph first, then the index (for timing each). */
    public StoreSummary replaceAll(List<LawVersion> versions, List<LawRelation> relations, ImportProgress progress,
                                   boolean concurrent) {
        GraphConnection g = graph();
        // the graph is rewritten in batches: until both it and the index are complete, a marker says so, and a
        // process that finds the marker (the import was killed or failed) knows the two may disagree
        markImport(true);
        int n = versions.size();
        GraphWriter writer = new GraphWriter(g.driver());
        CompletableFuture<Double> graphJob = CompletableFuture.supplyAsync(() -> {
            long t0 = System.nanoTime();
            writer.replaceAll(versions, relations, done -> progress.update("graph", done, n));
            return (System.nanoTime() - t0) / 1e9;
        }, concurrent ? daemonExecutor("graph-writer") : Runnable::run);
        long t0 = System.nanoTime();
        IndexManifest manifest;
        try {
            manifest = new LawIndexBuilder(indexDirectory, indexThreads).build(versions, done -> progress.update("index", done, n));
        } catch (RuntimeException e) {
            graphJob.cancel(false);
            waitQuietly(graphJob);
            throw e;
        }
        double indexSeconds = (System.nanoTime() - t0) / 1e9;
        double graphSeconds;
        try {
            graphSeconds = graphJob.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        reopenSearcher();
        markImport(false);
        return new StoreSummary(new GraphReader(g.driver()).counts(), manifest.articles(), graphSeconds, indexSeconds,
                writer.timings());
    }

    /** The marker of an import under way in the data directory. */
    public Path importMarker() {
        return neo4j.dataDir().resolve("import.incomplete");
    }

    /** True when an import started and did not finish (killed or failed): the graph and the index may disagree. */
    public boolean interruptedImport() {
        return java.nio.file.Files.exists(importMarker());
    }

    private void markImport(boolean started) {
        try {
            if (started) {
                java.nio.file.Files.createDirectories(neo4j.dataDir());
                java.nio.file.Files.writeString(importMarker(), "import started " + java.time.Instant.now() + "\n");
            } else {
                java.nio.file.Files.deleteIfExists(importMarker());
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot write " + importMarker(), e);
        }
    }

    /**
     * Searches the index.
     *
     * @throws IllegalStateException when there is no index yet
     */
    public List<SearchHit> search(SearchRequest request) {
        return searcher().retrieve(request);
    }

    /** Searches the index and says which mode ranked the hits. */
    public SearchResult searchWithMode(SearchRequest request) {
        return searcher().search(request);
    }

    /** Answers a question from the articles search finds, quoting the sentence that answers (see {@link LawQa}). */
    public QaAnswer ask(String question) {
        return new LawQa(searcher()).answer(question);
    }

    /** 法条推荐: the penalty provisions for the facts of a case (see {@link LawRecommender}). */
    public RecommendResult recommend(String facts, String region, int top) {
        return new LawRecommender(searcher(), similarCases()).recommend(facts, region, top);
    }

    /** The typical cases saved with the live index, loaded on first use (null when there are none). */
    public synchronized SimilarCases similarCases() {
        LawSearcher s = searcher();
        if (cases == null || casesFor != s) {
            List<TypicalCase> loaded = CaseLibrary.load(indexDirectory.path());
            cases = loaded.isEmpty() ? null : new SimilarCases(loaded, embedder());
            casesFor = s;
        }
        return cases;
    }

    /**
     * Reads the typical cases of {@code corpus}'s 案例 folder, resolves the articles they cite against the live index and
     * saves them with it; returns how many were read ({@code problems} gets the files that could not be).
     */
    public int importCases(Path corpus, List<String> problems) {
        LawSearcher s = searcher();
        List<TypicalCase> read = CaseLibrary.read(corpus, corpus.resolve(cn.esip.kg.parse.CorpusParser.CASES_FOLDER),
                s::lookup, problems);
        CaseLibrary.save(read, indexDirectory.path());
        synchronized (this) {
            casesFor = null;
        }
        return read.size();
    }

    /** Where the vector index and the vector cache live. */
    public Path vectorsPath() {
        return DenseIndexBuilder.vectorsDir(neo4j.dataDir());
    }

    /** The embedder of articles and queries, loaded on first use. */
    public synchronized TextEmbedder embedder() {
        if (embedder == null) {
            embedder = BgeTextEmbedder.shared();
        }
        return embedder;
    }

    /** True when vectors for the live index are built and attached: searches can be dense or hybrid. */
    public boolean vectorsReady() {
        return searcher().vectors() != null;
    }

    /**
     * Builds the vectors of the live index (only the articles whose text the cache lacks are encoded) on
     * {@code threads} threads and attaches them to the searcher.
     */
    public DenseManifest buildVectors(int threads, DenseIndexBuilder.Progress progress) {
        LawSearcher s = searcher();
        DenseManifest m = new DenseIndexBuilder(neo4j.dataDir(), embedder(), threads).build(indexDirectory, progress);
        attachVectors(s);
        return m;
    }

    /**
     * Attaches the vector index in the data directory to {@code s} when it was built for {@code s}'s index (the
     * vectors attached before are closed once searches on them are done); the encoder is loaded only when there is one.
     */
    private void attachVectors(LawSearcher s) {
        if (!DenseSearcher.exists(vectorsPath())) {
            return;
        }
        TextEmbedder e = embedder();
        DenseSearcher.open(vectorsPath(), s.manifest(), e.describe()).ifPresent(d -> {
            LawSearcher.Vectors old = s.attachVectors(new LawSearcher.Vectors(d, e));
            if (old != null) {
                closeLater(old.searcher());
            }
        });
    }

    /** Closes {@code c} after the searches still running on it have had time to finish. */
    private void closeLater(java.io.Closeable c) {
        closer.schedule(() -> {
            try {
                c.close();
            } catch (IOException ignored) {
                // already gone
            }
        }, 30, TimeUnit.SECONDS);
    }

    /** A law by code or version id. */
    public LawView law(String code) {
        return new GraphReader(graph().driver()).law(checkCode(code));
    }

    /** A provision by code or {@code code@date}. */
    public ProvisionView provision(String code) {
        String c = checkCode(code);
        if (!GraphKeys.isProvisionCode(c)) {
            throw new IllegalArgumentException("not a provision code (law code/digits): " + code);
        }
        return new GraphReader(graph().driver()).provision(c);
    }

    /** Laws whose title or short title contains {@code title}. */
    public List<LawSummary> findLaws(String title, int limit) {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("title must not be empty");
        }
        if (title.length() > 100) {
            throw new IllegalArgumentException("title longer than 100 characters");
        }
        return new GraphReader(graph().driver()).findLaws(title.strip(), limit);
    }

    /** Node and relationship counts of the graph. */
    public Map<String, Long> graphCounts() {
        return new GraphReader(graph().driver()).counts();
    }

    /** The open searcher, opening the index on first use. */
    public LawSearcher searcher() {
        LawSearcher s = searcher;
        if (s == null) {
            synchronized (this) {
                if (searcher == null) {
                    LawSearcher opened = LawSearcher.open(indexDirectory, references);
                    attachVectors(opened);
                    searcher = opened;
                }
                s = searcher;
            }
        }
        return s;
    }

    /** The graph connection, connecting (or starting the embedded Neo4j) on first use. */
    public synchronized GraphConnection graph() {
        if (graph == null) {
            graph = GraphConnection.open(neo4j);
        }
        return graph;
    }

    private static String checkCode(String code) {
        if (code == null || code.isBlank() || code.length() > 64 || !code.matches("[0-9A-Za-z@./-]+")) {
            throw new IllegalArgumentException("not a law or provision code: " + code);
        }
        return code.strip();
    }

    private synchronized void reopenSearcher() {
        LawSearcher old = searcher;
        LawSearcher opened = LawSearcher.open(indexDirectory, references);
        attachVectors(opened);
        searcher = opened;
        if (old != null) {
            closeLater(old);
        }
    }

    private static java.util.concurrent.Executor daemonExecutor(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            t.start();
        };
    }

    private static void waitQuietly(CompletableFuture<?> f) {
        try {
            f.join();
        } catch (RuntimeException ignored) {
            // the first failure is the one reported
        }
    }

    @Override
    public synchronized void close() {
        closer.shutdownNow();
        if (searcher != null) {
            try {
                searcher.close();
            } catch (IOException ignored) {
                // closing anyway
            }
            searcher = null;
        }
        if (graph != null) {
            graph.close();
            graph = null;
        }
    }
}
