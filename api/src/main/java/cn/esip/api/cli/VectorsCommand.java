package cn.esip.api.cli;

import cn.esip.kg.dense.DenseManifest;
import cn.esip.kg.service.LawKnowledgeBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/** {@code esip vectors}: computes the article vectors of the law index (only those not already cached). */
@Command(name = "vectors", mixinStandardHelpOptions = true,
        description = "Build the article vectors for dense and hybrid search (bge-small-zh-v1.5); "
                + "articles whose text was embedded before are taken from the cache.")
public final class VectorsCommand implements Callable<Integer> {

    @Mixin
    DataOptions dataOptions = new DataOptions();

    @Option(names = "--threads", paramLabel = "N", description = "Encoding threads (default: the number of cores).")
    Integer threads;

    @Override
    public Integer call() {
        try (LawKnowledgeBase kb = KnowledgeBases.open(dataOptions)) {
            if (!kb.hasIndex()) {
                throw new EsipMain.UsageError("no law index in " + kb.indexPath() + " (run: esip import --corpus DIR)");
            }
            DenseManifest m = build(kb, threads);
            System.out.println(Json.line(m));
        }
        return 0;
    }

    /** Builds the vectors of {@code kb}'s index with progress on stderr. */
    static DenseManifest build(LawKnowledgeBase kb, Integer threads) {
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1 || n > 64) {
            throw new EsipMain.UsageError("--threads must be between 1 and 64: " + n);
        }
        StderrProgress progress = new StderrProgress(System.err);
        long t0 = System.nanoTime();
        DenseManifest m = kb.buildVectors(n, (done, total) -> progress.update("vectors", done, total));
        System.err.printf("vectors: %d articles, %d encoded, %d from the cache, %.1f s%n", m.articles(), m.encoded(),
                m.reused(), (System.nanoTime() - t0) / 1e9);
        return m;
    }
}
