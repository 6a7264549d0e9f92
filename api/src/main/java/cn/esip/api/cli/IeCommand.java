package cn.esip.api.cli;

import cn.esip.models.AtomicFiles;
import cn.esip.models.ModelRegistry;
import cn.esip.nlp.ie.EntityRelationExtractor;
import cn.esip.nlp.ie.CailJson;
import cn.esip.nlp.ie.ExtractorModels;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** {@code esip ie --format cail --in FILE --out FILE}: CAIL2022-style extraction of JSON lines with the trained models. */
@Command(name = "ie", mixinStandardHelpOptions = true,
        description = "Extract CAIL2022 entities and relations from JSON lines (only sentText is read).")
public final class IeCommand implements Runnable {

    /** Longest sentText accepted, in characters. */
    static final int MAX_LINE = 20_000;
    static final int MAX_THREADS = 64;
    /** Sentences read ahead per worker thread: they are held in memory until their turn to be written. */
    private static final int READ_AHEAD_PER_THREAD = 32;
    private static final int PROGRESS_EVERY = 500;

    @Option(names = "--format", defaultValue = "cail", description = "Input/output format (only: cail).")
    String format;

    @Option(names = "--in", required = true, paramLabel = "FILE", description = "Input JSON lines.")
    Path in;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Output JSON lines (written atomically).")
    Path out;

    @Option(names = "--threads", paramLabel = "N", description = "Sentences extracted at once, one per core "
            + "(default: the number of cores, ${DEFAULT-VALUE} here; 1..64). The output keeps the input's order.")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--ner", paramLabel = "ID", description = "Entity tagger: ner-cail-ft (default; character features "
            + "x fine-tuned bge-small-zh layers), ner-cail-bge (character features + frozen bge-small-zh vectors) or "
            + "ner-cail (character features only, about 4x faster).")
    String ner;

    @Override
    public void run() {
        if (!"cail".equals(format)) {
            throw new EsipMain.UsageError("unknown format '" + format + "' (supported: cail)");
        }
        if (!Files.isRegularFile(in)) {
            throw new EsipMain.UsageError("input file not found: " + in);
        }
        if (threads < 1 || threads > MAX_THREADS) {
            throw new EsipMain.UsageError("--threads must be 1.." + MAX_THREADS);
        }
        EntityRelationExtractor extractor;
        try {
            extractor = ner == null ? ExtractorModels.load(ModelRegistry.locate()) : ExtractorModels.load(ModelRegistry.locate(), ner);
        } catch (IllegalArgumentException e) {
            throw new EsipMain.UsageError(e.getMessage());
        } catch (IllegalStateException e) {
            throw new IllegalStateException(e.getMessage()
                    + " (train it with ./esip models train ner-cail-ft / ner-cail-bge / ner-cail / re-cail)");
        }
        long t0 = System.nanoTime();
        int n;
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "esip-ie");
            t.setDaemon(true);
            return t;
        });
        try {
            n = extractAll(extractor, pool);
        } catch (CailJson.BadLineException e) {
            throw new EsipMain.UsageError(e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot convert " + in + " into " + out + ": " + e.getMessage(), e);
        } finally {
            pool.shutdownNow();
        }
        System.err.printf("ie: %d lines in %.1f s -> %s%n", n, (System.nanoTime() - t0) / 1e9, out);
    }

    /**
     * Reads the input ahead of the workers, extracts the sentences on {@code pool} and writes their lines in input
     * order; returns the number of sentences.
     */
    private int extractAll(EntityRelationExtractor extractor, ExecutorService pool) throws IOException {
        Progress progress = new Progress();
        AtomicFiles.write(out, o -> {
            BufferedWriter w = new BufferedWriter(new OutputStreamWriter(o, StandardCharsets.UTF_8));
            Deque<Future<String>> pending = new ArrayDeque<>();
            CailJson.forEach(in, (no, s) -> {
                if (s.text().length() > MAX_LINE) {
                    throw new EsipMain.UsageError(in + " line " + no + ": sentText longer than " + MAX_LINE
                            + " characters");
                }
                pending.add(pool.submit(() -> CailJson.format(extractor.extract(s.text()).toCail(s))));
                while (pending.size() > READ_AHEAD_PER_THREAD * threads) {
                    writeLine(pending.poll(), w, progress);
                }
            });
            while (!pending.isEmpty()) {
                writeLine(pending.poll(), w, progress);
            }
            w.flush();
        });
        return progress.lines;
    }

    /** Lines written so far, and a report on stderr every {@link #PROGRESS_EVERY} of them. */
    private static final class Progress {
        int lines;
        private long reportedAt = System.nanoTime();

        void oneMore() {
            if (++lines % PROGRESS_EVERY == 0) {
                long now = System.nanoTime();
                System.err.printf("ie: %d lines (%.0f lines/s since the last report)%n", lines,
                        PROGRESS_EVERY / ((now - reportedAt) / 1e9));
                reportedAt = now;
            }
        }
    }

    private static void writeLine(Future<String> line, BufferedWriter w, Progress progress) throws IOException {
        try {
            w.write(line.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("ie interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
        w.newLine();
        progress.oneMore();
    }
}
