package cn.esip.bench;

import cn.esip.kg.index.IndexDirectory;
import cn.esip.kg.index.IndexFields;
import cn.esip.kg.domain.Validity;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** Articles of versions in force drawn from the law index with a fixed seed, for the exact-lookup benchmark. */
final class InForceSample {

    /** One sampled article: its code, version and the names a user would cite it by. */
    record Article(String code, String versionId, String title, String shortTitle, String article) {
    }

    private InForceSample() {
    }

    /** Up to {@code n} articles of versions in force in the index under {@code dataDir} (the same index gives the same sample). */
    static List<Article> draw(Path dataDir, int n, long seed) throws IOException {
        try (FSDirectory dir = FSDirectory.open(new IndexDirectory(dataDir).path());
             DirectoryReader reader = DirectoryReader.open(dir)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            ScoreDoc[] all = searcher.search(new TermQuery(new Term(IndexFields.VALIDITY, Validity.IN_FORCE.label())),
                    Math.max(1, reader.maxDoc())).scoreDocs;
            List<ScoreDoc> docs = new ArrayList<>(List.of(all));
            Collections.shuffle(docs, new Random(seed));
            StoredFields stored = searcher.storedFields();
            List<Article> out = new ArrayList<>();
            for (ScoreDoc sd : docs.subList(0, Math.min(n, docs.size()))) {
                Document d = stored.document(sd.doc);
                out.add(new Article(d.get(IndexFields.CODE), d.get(IndexFields.VERSION), d.get(IndexFields.TITLE),
                        d.get(IndexFields.SHORT_TITLE), d.get(IndexFields.ARTICLE)));
            }
            return out;
        }
    }
}
