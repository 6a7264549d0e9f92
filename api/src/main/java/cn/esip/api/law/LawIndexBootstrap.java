package cn.esip.api.law;

import cn.esip.api.web.ProblemAdvice.UnavailableException;
import cn.esip.kg.search.SearchHit;
import cn.esip.kg.search.SearchRequest;
import cn.esip.kg.service.CorpusImporter;
import cn.esip.kg.service.LawKnowledgeBase;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import jakarta.annotation.PostConstruct;
import org.springframework.stereotype.Component;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Gets the knowledge base ready without delaying the server's start: when the data directory has no
 * index yet, imports the corpus ({@code esip.corpus}) in the background, logging progress, while the
 * law endpoints answer 503; when it has one, opens the index and the graph in the background.
 */
@Component
public class LawIndexBootstrap {

    private static final Logger log = LoggerFactory.getLogger(LawIndexBootstrap.class);

    /** Where the knowledge base stands. */
    public enum State { STARTING, IMPORTING, READY, NO_INDEX, FAILED }

    private final LawKnowledgeBase kb;
    private final Path corpus;
    private final boolean importOnStart;
    private volatile State state = State.STARTING;
    private volatile String detail = "the law knowledge base is starting";
    private volatile String vectors = "waiting for the law index";
    private final boolean vectorsOnStart;

    public LawIndexBootstrap(LawKnowledgeBase kb, @Value("${esip.corpus:../shared/corpus/laws}") String corpus,
                             @Value("${esip.import-on-start:true}") boolean importOnStart,
                             @Value("${esip.vectors-on-start:true}") boolean vectorsOnStart) {
        this.vectorsOnStart = vectorsOnStart;
        this.kb = kb;
        this.corpus = Path.of(corpus);
        this.importOnStart = importOnStart;
    }

    /** Starts preparing at once, in parallel with the rest of the application's start. */
    @PostConstruct
    public void start() {
        Thread t = new Thread(this::prepare, "law-bootstrap");
        t.setDaemon(true);
        t.start();
    }

    private void prepare() {
        try {
            boolean interrupted = kb.interruptedImport();
            if (interrupted && (!importOnStart || !Files.isDirectory(corpus))) {
                state = State.FAILED;
                detail = "an earlier import did not finish (" + kb.importMarker() + "): the law graph and index may hold "
                        + "parts of two imports; run esip import --corpus DIR again";
                log.error(detail);
                return;
            }
            if (!kb.hasIndex() || interrupted) {
                if (!importOnStart || !Files.isDirectory(corpus)) {
                    state = State.NO_INDEX;
                    detail = "no law index in " + kb.indexPath() + "; import a corpus with: esip import --corpus DIR"
                            + (Files.isDirectory(corpus) ? "" : " (corpus folder " + corpus.toAbsolutePath() + " not found)");
                    log.warn(detail);
                    return;
                }
                state = State.IMPORTING;
                detail = (interrupted ? "an earlier import did not finish; importing again from "
                        : "the law index is being built from ") + corpus.toAbsolutePath();
                log.info("no law index in {}: importing {} in the background", kb.indexPath(), corpus.toAbsolutePath());
                Map<String, Object> report = new CorpusImporter(kb).importCorpus(corpus, new LoggingProgress(log, this));
                log.info("law import done: {}", report.get("summary"));
            }
            List<SearchHit> first = kb.search(SearchRequest.of("行政处罚法第一条", 1));
            state = State.READY;
            detail = "ready";
            log.info("law index ready ({} articles)", kb.searcher().articles());
            // start the graph and plan its queries now, so that the first law or provision request is quick
            if (!first.isEmpty()) {
                kb.provision(first.get(0).code());
                kb.law(first.get(0).lawCode());
            }
            log.info("law graph ready: {}", kb.graph().description());
            prepareVectors();
        } catch (RuntimeException e) {
            if (state != State.READY) {
                state = State.FAILED;
                detail = "the law knowledge base could not be prepared: " + e.getMessage();
            }
            log.error("law knowledge base: {}", e.getMessage(), e);
        }
    }

    /** Builds the article vectors when the index has none (searches answer BM25 meanwhile, and say so). */
    private void prepareVectors() {
        if (kb.vectorsReady()) {
            vectors = "ready";
            log.info("law vectors ready: hybrid search");
            return;
        }
        if (!vectorsOnStart) {
            vectors = "not built (searches are BM25 only); build them with: esip vectors";
            log.warn("law vectors: {}", vectors);
            return;
        }
        vectors = "being built";
        log.info("law vectors: not built for this index; encoding the articles in the background (searches are BM25 until done)");
        long[] last = new long[1];
        try {
            var m = kb.buildVectors(Math.max(1, Runtime.getRuntime().availableProcessors() - 1), (done, total) -> {
                vectors = "being built: " + done + "/" + total + " articles encoded";
                long now = System.nanoTime();
                if (done == total || now - last[0] > 10_000_000_000L) {
                    last[0] = now;
                    log.info("law vectors: {}/{}", done, total);
                }
            });
            vectors = "ready";
            log.info("law vectors ready ({} articles, {} encoded, {} s): hybrid search", m.articles(), m.encoded(), m.seconds());
        } catch (RuntimeException e) {
            vectors = "failed: " + e.getMessage() + " (searches are BM25 only)";
            log.error("law vectors: {}", e.getMessage(), e);
        }
    }

    /** Where the article vectors stand: ready, being built (with progress), not built, or failed. */
    public String vectors() {
        return vectors;
    }

    void progress(String stage, int done, int total) {
        detail = "the law index is being built: " + stage + " " + done + "/" + total;
    }

    public State state() {
        return state;
    }

    /** What is happening (import progress) or what is wrong; "ready" when ready. */
    public String detail() {
        return detail;
    }

    /** Throws a 503 problem unless the index is ready. */
    public void requireReady() {
        if (state != State.READY) {
            throw new UnavailableException(detail);
        }
    }

    /** Progress of the background import, in the log at most every five seconds. */
    private record LoggingProgress(Logger log, LawIndexBootstrap owner, long[] last) implements cn.esip.kg.service.ImportProgress {
        LoggingProgress(Logger log, LawIndexBootstrap owner) {
            this(log, owner, new long[1]);
        }

        @Override
        public void update(String stage, int done, int total) {
            owner.progress(stage, done, total);
            long now = System.nanoTime();
            synchronized (last) {
                if (done == total || now - last[0] > 5_000_000_000L) {
                    last[0] = now;
                    log.info("law import: {} {}/{}", stage, done, total);
                }
            }
        }
    }
}
