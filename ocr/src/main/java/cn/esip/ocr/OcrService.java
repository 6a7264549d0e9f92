package cn.esip.ocr;

import cn.esip.ocr.engine.EnginePool;
import cn.esip.ocr.engine.OcrConfig;
import cn.esip.ocr.engine.OcrTimeoutException;
import cn.esip.ocr.engine.RecognizedPage;
import cn.esip.ocr.input.Documents;
import cn.esip.ocr.input.InputLimits;
import cn.esip.ocr.input.PageImage;
import cn.esip.ocr.input.PageSource;
import cn.esip.ocr.model.OcrBlock;
import cn.esip.ocr.model.OcrDocument;
import cn.esip.ocr.model.OcrLine;
import cn.esip.ocr.model.OcrPage;
import cn.esip.ocr.model.OcrWord;
import cn.esip.ocr.preprocess.GrayImages;
import cn.esip.ocr.preprocess.Preprocessor;
import cn.esip.ocr.engine.TesseractEngine;

import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Text with positions from PNG, JPEG, TIFF and PDF files: pages are decoded one at a time, prepared
 * and recognised on a pool of Tesseract engines, several pages at once.
 */
public final class OcrService implements AutoCloseable {

    private final EnginePool pool;
    private final InputLimits limits;
    private final ExecutorService workers;

    public OcrService(OcrConfig config, InputLimits limits) {
        this.pool = new EnginePool(config);
        this.limits = limits;
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(config.poolSize(), r -> {
            Thread t = new Thread(r, "esip-ocr-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** A service on the default configuration (Debian tessdata, chi_sim, one engine per core). */
    public static OcrService createDefault() {
        return new OcrService(OcrConfig.defaults(), InputLimits.defaults());
    }

    public OcrConfig config() {
        return pool.config();
    }

    public InputLimits limits() {
        return limits;
    }

    /** Recognises every page of a file. */
    public OcrDocument recognize(byte[] data, OcrOptions options) {
        return recognize(data, options, p -> { });
    }

    /** Recognises every page of a file, reporting each finished page number to {@code progress}. */
    public OcrDocument recognize(byte[] data, OcrOptions options, IntConsumer progress) {
        long t0 = System.nanoTime();
        String langs = languages(options);
        PageResults<OcrPage> r = eachPage(data, false, progress,
                (page, deadline) -> recognizePage(page, langs, options, deadline));
        StringBuilder all = new StringBuilder();
        for (OcrPage p : r.pages()) {
            if (!all.isEmpty()) {
                all.append("\n\f\n");
            }
            all.append(p.text());
        }
        return new OcrDocument(r.format(), r.pages(), all.toString(), (System.nanoTime() - t0) / 1_000_000);
    }

    /** The languages a request uses, checked against the installed data. */
    public String languages(OcrOptions options) {
        String langs = options.languages() == null ? config().languages() : options.languages();
        config().requireLanguages(langs);
        return langs;
    }

    /** Results of a per-page function over a file, in page order, with the file's format. */
    public record PageResults<T>(String format, List<T> pages) {
    }

    /** Work on one page under the file's deadline (System.nanoTime based). */
    @FunctionalInterface
    public interface PageWork<T> {
        T apply(PageImage page, long deadlineNanos);
    }

    /**
     * Opens a file and runs {@code work} on each page on the worker threads (several pages at once,
     * each decoded just before its work), within the file's total time limit.
     */
    public <T> PageResults<T> eachPage(byte[] data, boolean needImage, IntConsumer progress, PageWork<T> work) {
        long deadline = System.nanoTime() + limits.totalTimeout().toNanos();
        try (PageSource src = Documents.open(data, limits)) {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 1; i <= src.pageCount(); i++) {
                int number = i;
                futures.add(workers.submit(() -> {
                    if (System.nanoTime() > deadline) {
                        throw new OcrTimeoutException("time limit of " + limits.totalTimeout().toSeconds() + " s exceeded");
                    }
                    T p = work.apply(src.page(number, needImage), deadline);
                    progress.accept(number);
                    return p;
                }));
            }
            List<T> pages = new ArrayList<>();
            try {
                for (Future<T> f : futures) {
                    long left = deadline - System.nanoTime();
                    pages.add(f.get(Math.max(1, left), TimeUnit.NANOSECONDS));
                }
            } catch (TimeoutException e) {
                throw new OcrTimeoutException("time limit of " + limits.totalTimeout().toSeconds() + " s exceeded");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new OcrTimeoutException("interrupted");
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException re) {
                    throw re;
                }
                throw new IllegalStateException(e.getCause());
            } finally {
                futures.forEach(f -> f.cancel(true));
            }
            return new PageResults<>(src.format().name(), pages);
        }
    }

    /** Recognises one decoded page (its text layer if it has one). */
    public OcrPage recognizePage(PageImage page, String langs, OcrOptions options, long deadlineNanos) {
        long t0 = System.nanoTime();
        if (page.hasTextLayer()) {
            List<OcrBlock> blocks = LayoutBuilder.blocks(page.textLayer().lines());
            return new OcrPage(page.number(), page.textLayer().width(), page.textLayer().height(), "text-layer", blocks,
                    LayoutBuilder.text(blocks), 100.0, 0, List.of(), (System.nanoTime() - t0) / 1_000_000, null);
        }
        BufferedImage img = page.image();
        OcrPage first = ocrImage(page.number(), img, page.dpi(), langs, options, deadlineNanos, 0, t0);
        if (!options.preprocessing().orientation() || first.error() != null || !readsBadly(first)) {
            return first;
        }
        // a page that reads badly may be upside down or sideways: ask Tesseract's orientation detection
        BufferedImage gray = GrayImages.toGray(img, options.preprocessing().dropColourInk());
        int turn;
        try {
            turn = pool.with(TesseractEngine.OSD, Duration.ofNanos(Math.max(1_000_000, deadlineNanos - System.nanoTime())),
                    e -> e.uprightRotation(gray, page.dpi() > 0 ? page.dpi() : 300));
        } catch (cn.esip.ocr.engine.EngineUnavailableException e) {
            return first; // no osd.traineddata (Debian package tesseract-ocr-osd): keep the page as it reads
        }
        if (turn <= 0) {
            return first;
        }
        OcrPage turned = ocrImage(page.number(), GrayImages.turnClockwise(img, turn), page.dpi(), langs, options,
                deadlineNanos, turn, t0);
        return turned.confidence() > first.confidence() ? turned : first;
    }

    /** Mean confidence below 60 or almost no text: worth checking the orientation. */
    static boolean readsBadly(OcrPage p) {
        return p.confidence() < 60 || p.text().replaceAll("\\s+", "").length() < 5;
    }

    private OcrPage ocrImage(int number, BufferedImage img, int dpiHint, String langs, OcrOptions options,
                             long deadlineNanos, int turn, long t0) {
        Preprocessor.Prepared prep = new Preprocessor(options.preprocessing()).prepare(img, dpiHint);
        Duration pageLimit = config().pageTimeout();
        long left = deadlineNanos - System.nanoTime();
        if (left < pageLimit.toNanos()) {
            pageLimit = Duration.ofNanos(Math.max(1_000_000, left));
        }
        Duration limit = pageLimit;
        RecognizedPage rec = pool.with(langs, Duration.ofNanos(Math.max(1_000_000, left)),
                e -> e.recognize(prep.image(), prep.dpi(), limit));
        List<OcrLine> lines = rec.lines().stream().map(l -> unscale(l, prep.scale())).toList();
        List<OcrBlock> blocks = LayoutBuilder.blocks(lines);
        double conf = lines.stream().mapToDouble(OcrLine::confidence).average().orElse(0);
        String error = rec.timedOut() ? "page time limit of " + limit.toSeconds() + " s exceeded; page not recognised" : null;
        List<String> steps = new ArrayList<>();
        if (turn != 0) {
            steps.add("rotate(" + turn + "°)");
        }
        steps.addAll(prep.steps());
        return new OcrPage(number, img.getWidth(), img.getHeight(), "ocr", blocks, LayoutBuilder.text(blocks),
                Math.round(conf * 10) / 10.0, prep.skew(), steps, (System.nanoTime() - t0) / 1_000_000, error);
    }

    private static OcrLine unscale(OcrLine l, double scale) {
        if (scale == 1) {
            return l;
        }
        double f = 1 / scale;
        return new OcrLine(l.text(), l.box().scale(f), l.confidence(),
                l.words().stream().map(w -> new OcrWord(w.text(), w.box().scale(f), w.confidence())).toList());
    }

    @Override
    public void close() {
        workers.shutdownNow();
        pool.close();
    }
}
