package cn.esip.kg.dense;

import cn.esip.kg.index.IndexDirectory;
import cn.esip.kg.index.IndexFields;
import cn.esip.kg.index.IndexManifest;
import cn.esip.models.AtomicFiles;
import cn.esip.nlp.encode.TextEmbedder;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnByteVectorField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Builds the vector index of a law index: one int8 vector per article (the law title and the article text,
 * embedded), taken from the {@link VectorCache} where the same text was embedded before and computed on a few
 * threads otherwise, then written with the articles' filter fields into an HNSW index that replaces the old one
 * when complete.
 */
public final class DenseIndexBuilder {

    /** Field of the vector in the vector index. */
    public static final String VECTOR = "vector";
    /** Passages embedded in one padded batch. */
    static final int BATCH = 8;

    /** Called with the passages encoded so far and the number to encode. */
    public interface Progress {
        void update(int done, int total);
    }

    private final Path vectorsDir;
    private final TextEmbedder embedder;
    private final int threads;

    /** Builds into {@code dataDir}/vectors with {@code threads} encoding threads. */
    public DenseIndexBuilder(Path dataDir, TextEmbedder embedder, int threads) {
        this.vectorsDir = vectorsDir(dataDir);
        this.embedder = embedder;
        this.threads = Math.max(1, threads);
    }

    /** Where the vector index of a data directory lives. */
    public static Path vectorsDir(Path dataDir) {
        return dataDir.toAbsolutePath().normalize().resolve("vectors");
    }

    /** The directory of the HNSW index inside the vectors directory. */
    static Path knnDir(Path vectorsDir) {
        return vectorsDir.resolve("knn");
    }

    /** The passage embedded for an article: its law's title and its text. */
    public static String passage(String title, String text) {
        return (title == null ? "" : title) + "\n" + (text == null ? "" : text);
    }

    private record Article(String code, String version, String level, String region, String validity,
                           long validFrom, long validTo, VectorCache.Key key, String passage) {
    }

    /**
     * Builds the vector index for the live law index in {@code lawIndex}.
     *
     * @throws IllegalStateException when there is no law index, or the build is interrupted
     */
    public DenseManifest build(IndexDirectory lawIndex, Progress progress) {
        if (!lawIndex.exists()) {
            throw new IllegalStateException("no law index in " + lawIndex.path() + " (run: esip import --corpus DIR)");
        }
        long t0 = System.nanoTime();
        try {
            IndexManifest law = IndexManifest.read(lawIndex.path());
            List<Article> articles = readArticles(lawIndex.path());
            Files.createDirectories(vectorsDir);
            Path cacheFile = vectorsDir.resolve("cache-" + Integer.toHexString(embedder.describe().hashCode()) + ".bin");
            try (VectorCache cache = VectorCache.open(cacheFile, embedder.dimension())) {
                int encoded = encodeMissing(articles, cache, progress);
                cache.flush();
                Path staging = AtomicFiles.stagingFolder(knnDir(vectorsDir));
                boolean ok = false;
                try {
                    writeIndex(staging, articles, cache);
                    DenseManifest m = new DenseManifest(law.builtAt(), embedder.describe(), articles.size(), encoded,
                            articles.size() - encoded, Math.round((System.nanoTime() - t0) / 1e7) / 100.0,
                            Instant.now().toString());
                    m.write(staging);
                    AtomicFiles.replaceFolder(staging, knnDir(vectorsDir));
                    ok = true;
                    return m;
                } finally {
                    if (!ok) {
                        AtomicFiles.deleteTree(staging);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the vector index in " + vectorsDir + ": " + e.getMessage(), e);
        }
    }

    private List<Article> readArticles(Path index) throws IOException {
        List<Article> out = new ArrayList<>();
        Set<String> fields = Set.of(IndexFields.CODE, IndexFields.VERSION, IndexFields.TITLE, IndexFields.TEXT,
                IndexFields.LEVEL, IndexFields.REGION, IndexFields.VALIDITY, IndexFields.VALID_FROM, IndexFields.VALID_TO);
        String id = embedder.describe();
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
            for (LeafReaderContext leaf : reader.leaves()) {
                LeafReader r = leaf.reader();
                Bits live = r.getLiveDocs();
                StoredFields stored = r.storedFields();
                for (int d = 0; d < r.maxDoc(); d++) {
                    if (live != null && !live.get(d)) {
                        continue;
                    }
                    Document doc = stored.document(d, fields);
                    String passage = passage(doc.get(IndexFields.TITLE), doc.get(IndexFields.TEXT));
                    out.add(new Article(doc.get(IndexFields.CODE), doc.get(IndexFields.VERSION), doc.get(IndexFields.LEVEL),
                            doc.get(IndexFields.REGION), doc.get(IndexFields.VALIDITY),
                            number(doc, IndexFields.VALID_FROM, Long.MIN_VALUE), number(doc, IndexFields.VALID_TO, Long.MAX_VALUE),
                            VectorCache.key(id, passage), passage));
                }
            }
        }
        return out;
    }

    private static long number(Document d, String field, long otherwise) {
        var f = d.getField(field);
        return f == null || f.numericValue() == null ? otherwise : f.numericValue().longValue();
    }

    /** Encodes the passages the cache lacks (each distinct text once), longest batches first; returns how many. */
    private int encodeMissing(List<Article> articles, VectorCache cache, Progress progress) {
        Map<VectorCache.Key, String> missing = new LinkedHashMap<>();
        for (Article a : articles) {
            if (cache.get(a.key()) == null) {
                missing.putIfAbsent(a.key(), a.passage());
            }
        }
        List<Map.Entry<VectorCache.Key, String>> todo = new ArrayList<>(missing.entrySet());
        todo.sort(Comparator.comparingInt((Map.Entry<VectorCache.Key, String> e) -> e.getValue().length()).reversed());
        int total = todo.size();
        progress.update(0, total);
        if (total == 0) {
            return 0;
        }
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "law-vectors");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    int from;
                    while ((from = next.getAndAdd(BATCH)) < total) {
                        if (Thread.currentThread().isInterrupted()) {
                            return null;
                        }
                        List<Map.Entry<VectorCache.Key, String>> batch = todo.subList(from, Math.min(total, from + BATCH));
                        List<float[]> vs = embedder.embedPassages(batch.stream().map(Map.Entry::getValue).toList());
                        for (int i = 0; i < batch.size(); i++) {
                            cache.put(batch.get(i).getKey(), VectorCache.quantise(vs.get(i)));
                        }
                        int d = done.addAndGet(batch.size());
                        if ((d / BATCH) % 64 == 0 || d == total) {
                            cache.flush();
                            progress.update(d, total);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("encoding articles failed: " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("encoding articles interrupted", e);
        } finally {
            pool.shutdownNow();
        }
        if (done.get() < total) {
            throw new IllegalStateException("encoding articles interrupted after " + done.get() + " of " + total);
        }
        return total;
    }

    private void writeIndex(Path dir, List<Article> articles, VectorCache cache) throws IOException {
        IndexWriterConfig cfg = new IndexWriterConfig()
                .setRAMBufferSizeMB(1024)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setCommitOnClose(false);
        try (FSDirectory fs = FSDirectory.open(dir); IndexWriter w = new IndexWriter(fs, cfg)) {
            // each writing thread builds the HNSW graph of its own segment, so the graphs are built side by side;
            // the segments are not merged (a vector search visits each one)
            int n = articles.size();
            int parts = Math.min(threads, Math.max(1, n / 1000));
            List<Thread> writers = new ArrayList<>();
            java.util.concurrent.atomic.AtomicReference<Throwable> failure = new java.util.concurrent.atomic.AtomicReference<>();
            for (int t = 0; t < parts; t++) {
                List<Article> part = articles.subList(t * n / parts, (t + 1) * n / parts);
                Thread writer = new Thread(() -> {
                    try {
                        for (Article a : part) {
                            w.addDocument(document(a, cache));
                        }
                    } catch (Throwable e) {
                        failure.compareAndSet(null, e);
                    }
                }, "law-vectors-hnsw");
                writer.setDaemon(true);
                writer.start();
                writers.add(writer);
            }
            try {
                for (Thread writer : writers) {
                    writer.join();
                }
            } catch (InterruptedException e) {
                writers.forEach(Thread::interrupt);
                Thread.currentThread().interrupt();
                throw new IllegalStateException("vector index build interrupted", e);
            }
            if (failure.get() != null) {
                throw new IllegalStateException("cannot write the vector index: " + failure.get().getMessage(), failure.get());
            }
            w.commit();
        }
    }

    private static Document document(Article a, VectorCache cache) {
        Document d = new Document();
        d.add(new StringField(IndexFields.CODE, a.code(), Field.Store.YES));
        d.add(new StringField(IndexFields.VERSION, a.version(), Field.Store.YES));
        if (a.level() != null) {
            d.add(new StringField(IndexFields.LEVEL, a.level(), Field.Store.NO));
        }
        if (a.region() != null) {
            d.add(new StringField(IndexFields.REGION, a.region(), Field.Store.NO));
        }
        if (a.validity() != null) {
            d.add(new StringField(IndexFields.VALIDITY, a.validity(), Field.Store.NO));
        }
        d.add(new LongPoint(IndexFields.VALID_FROM, a.validFrom()));
        d.add(new LongPoint(IndexFields.VALID_TO, a.validTo()));
        d.add(new KnnByteVectorField(VECTOR, cache.get(a.key()), VectorSimilarityFunction.COSINE));
        return d;
    }
}
