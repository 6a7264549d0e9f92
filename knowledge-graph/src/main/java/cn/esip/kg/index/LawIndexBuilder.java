package cn.esip.kg.index;

import cn.esip.kg.domain.LawVersion;
import cn.esip.nlp.analysis.LegalAnalyzer;
import cn.esip.nlp.segment.HanLpSegmenter;
import cn.esip.nlp.segment.LegalDictionary;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.FSDirectory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;

/**
 * Builds the law index from law versions: harvests the legal dictionary, analyses articles with HanLP
 * on a few threads (segmentation is the cost), and swaps the finished index into place.
 */
public final class LawIndexBuilder {

    private final IndexDirectory directory;
    private final int threads;

    public LawIndexBuilder(IndexDirectory directory, int threads) {
        this.directory = directory;
        this.threads = Math.max(1, threads);
    }

    /**
     * Indexes {@code versions} into a new index that replaces the live one when complete.
     *
     * @param progress called with the number of versions indexed so far
     */
    public IndexManifest build(List<LawVersion> versions, IntConsumer progress) {
        LegalDictionary dictionary = IndexDictionary.harvest(versions);
        Map<LawVersion, ValidityWindow> windows = ValidityWindow.of(versions);
        Path dir = directory.newBuildDir();
        boolean ok = false;
        try (LegalAnalyzer analyzer = new LegalAnalyzer(new HanLpSegmenter(dictionary));
             FSDirectory fs = FSDirectory.open(dir)) {
            IndexWriterConfig cfg = new IndexWriterConfig(analyzer)
                    .setSimilarity(new BM25Similarity())
                    .setRAMBufferSizeMB(256)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                    .setCommitOnClose(false);
            AtomicLong articles = new AtomicLong();
            try (IndexWriter writer = new IndexWriter(fs, cfg)) {
                AtomicInteger next = new AtomicInteger();
                AtomicInteger done = new AtomicInteger();
                ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
                    Thread t = new Thread(r, "law-index");
                    t.setDaemon(true);
                    return t;
                });
                try {
                    List<Future<?>> futures = new java.util.ArrayList<>();
                    for (int t = 0; t < threads; t++) {
                        futures.add(pool.submit(() -> {
                            int i;
                            while ((i = next.getAndIncrement()) < versions.size()) {
                                LawVersion v = versions.get(i);
                                List<Document> docs = ArticleDocuments.of(v, windows.get(v), analyzer);
                                writer.addDocuments(docs);
                                articles.addAndGet(docs.size());
                                int d = done.incrementAndGet();
                                if (d % 50 == 0 || d == versions.size()) {
                                    progress.accept(d);
                                }
                            }
                            return null;
                        }));
                    }
                    for (Future<?> f : futures) {
                        f.get();
                    }
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new IllegalStateException("indexing failed: " + e.getCause().getMessage(), e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("indexing interrupted", e);
                } finally {
                    pool.shutdownNow();
                }
                writer.forceMerge(4);
                writer.commit();
            }
            IndexDictionary.save(dictionary, dir.resolve(IndexDictionary.FILE));
            java.nio.file.Files.write(dir.resolve(IndexDictionary.NAMES_FILE), IndexDictionary.lawNames(versions),
                    java.nio.charset.StandardCharsets.UTF_8);
            IndexManifest manifest = IndexManifest.now(versions.size(), articles.get(), dictionary.size());
            manifest.write(dir);
            ok = true;
            return manifest;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the index in " + dir + ": " + e.getMessage(), e);
        } finally {
            if (ok) {
                directory.swapIn(dir);
            } else {
                directory.discard(dir);
            }
        }
    }
}
