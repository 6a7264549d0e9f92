package cn.esip.kg.dense;

import cn.esip.kg.index.IndexFields;
import cn.esip.kg.index.IndexManifest;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnByteVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Nearest articles to a query vector in the HNSW vector index, with the search's filters applied inside the graph search. */
public final class DenseSearcher implements Closeable {

    /** One article found by vector similarity. */
    public record DenseHit(String versionId, String code, float score) {
    }

    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final DenseManifest manifest;

    private DenseSearcher(DirectoryReader reader, DenseManifest manifest) {
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.manifest = manifest;
    }

    /**
     * The vector index in {@code vectorsDir} when it is complete, built for the law index described by {@code law}
     * and by the embedder {@code embedderId}; empty otherwise (vectors not built yet, or stale).
     */
    public static Optional<DenseSearcher> open(Path vectorsDir, IndexManifest law, String embedderId) {
        Path dir = DenseIndexBuilder.knnDir(vectorsDir);
        DenseManifest m = DenseManifest.read(dir);
        if (m == null || !m.lawIndexBuiltAt().equals(law.builtAt()) || !m.embedder().equals(embedderId)
                || !Files.isDirectory(dir)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new DenseSearcher(DirectoryReader.open(FSDirectory.open(dir)), m));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the vector index in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** True when {@code vectorsDir} holds a complete vector index (for some law index and embedder). */
    public static boolean exists(Path vectorsDir) {
        return DenseManifest.read(DenseIndexBuilder.knnDir(vectorsDir)) != null;
    }

    /** What the open vector index holds. */
    public DenseManifest manifest() {
        return manifest;
    }

    /** The {@code k} articles nearest to {@code query} (a unit vector) that pass every filter, best first. */
    public List<DenseHit> search(float[] query, List<Query> filters, int k) {
        Query filter = null;
        if (!filters.isEmpty()) {
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            filters.forEach(f -> b.add(f, BooleanClause.Occur.FILTER));
            filter = b.build();
        }
        try {
            TopDocs top = searcher.search(new KnnByteVectorQuery(DenseIndexBuilder.VECTOR, VectorCache.quantise(query), k, filter), k);
            StoredFields stored = searcher.storedFields();
            List<DenseHit> out = new ArrayList<>(top.scoreDocs.length);
            for (ScoreDoc sd : top.scoreDocs) {
                Document d = stored.document(sd.doc, Set.of(IndexFields.CODE, IndexFields.VERSION));
                out.add(new DenseHit(d.get(IndexFields.VERSION), d.get(IndexFields.CODE), sd.score));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("vector search failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
