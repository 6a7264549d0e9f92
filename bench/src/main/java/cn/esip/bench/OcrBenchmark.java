package cn.esip.bench;

import cn.esip.ocr.ImageAnalyzer;
import cn.esip.ocr.OcrOptions;
import cn.esip.ocr.OcrService;
import cn.esip.ocr.classify.PageClassifier;
import cn.esip.ocr.engine.OcrConfig;
import cn.esip.ocr.input.InputLimits;
import cn.esip.ocr.model.Box;
import cn.esip.ocr.preprocess.PreprocessOptions;
import cn.esip.ocr.synthetic.Degrader;
import cn.esip.ocr.synthetic.LawTexts;
import cn.esip.ocr.synthetic.PageGenerator;
import cn.esip.ocr.synthetic.RenderedPage;
import cn.esip.ocr.text.CjkText;
import cn.esip.ocr.vision.Seal;
import cn.esip.ocr.vision.SealDetector;
import cn.esip.supervision.casefile.NlpPageTypes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * {@code esip bench ocr}: renders clean and degraded pages from the law corpus into a work folder,
 * then measures character error rate and pages/minute of the platform (all engines busy) and of the
 * plain {@code tesseract IMG OUT -l chi_sim} command run one page at a time, and seal-detection
 * precision and recall on generated pages.
 */
public final class OcrBenchmark {

    /**
     * Settings.
     *
     * @param corpus      law corpus (../shared/corpus/laws)
     * @param work        folder for the generated images and outputs (outside the repository)
     * @param pages       pages per set (clean, degraded)
     * @param seed        seed of the OCR page sets
     * @param sealPages   pages of the seal set (half with seals, a quarter clean, a quarter with red letterheads)
     * @param sealSeed    seed of the seal set (the detector was tuned on seed 1: evaluate on another)
     * @param ablation    also run the platform on the degraded set with each preprocessing step left out
     * @param cli         also run the plain tesseract command
     * @param signaturePages  record pages for the signature check (three labels each, signed at random)
     */
    public record Settings(Path corpus, Path work, int pages, long seed, int sealPages, long sealSeed,
                           boolean ablation, boolean cli, int signaturePages, List<String> fonts) {

        /** With the default fonts (Noto Serif and Sans CJK SC, on which the OCR settings were tuned). */
        public Settings(Path corpus, Path work, int pages, long seed, int sealPages, long sealSeed,
                        boolean ablation, boolean cli, int signaturePages) {
            this(corpus, work, pages, seed, sealPages, sealSeed, ablation, cli, signaturePages, List.of());
        }
    }

    /** One measured configuration on one page set. */
    public record Row(String set, String system, int pages, double cer, double pagesPerMinute, double seconds,
                      double cpuSecondsPerPage, long refChars, double cerPrinted) {
    }

    /** Seal detection result on one set. */
    public record SealResult(int pages, int seals, int truePositives, int falsePositives, int falseNegatives,
                             int cleanPages, int cleanPagesWithDetections, double precision, double recall,
                             double seconds) {
    }

    /** Signature check result: labels found by OCR and the signed/unsigned decisions on them. */
    public record SignatureResult(int pages, int labels, int labelsFound, int signedTruth, int truePositives,
                                  int falsePositives, int falseNegatives, double precision, double recall) {
    }

    /** Everything measured. */
    public record Result(List<Row> rows, SealResult seals, SignatureResult signatures, Map<String, Object> machine) {
    }

    private final Settings s;
    private final Consumer<String> progress;

    public OcrBenchmark(Settings settings, Consumer<String> progress) {
        this.s = settings;
        this.progress = progress;
    }

    public Result run() {
        try {
            Files.createDirectories(s.work());
            PageGenerator gen = new PageGenerator(LawTexts.open(s.corpus()), s.fonts());
            Random rnd = new Random(s.seed());
            List<Path> clean = new ArrayList<>(), degraded = new ArrayList<>(), rotated = new ArrayList<>();
            for (int i = 0; i < s.pages(); i++) {
                progress.accept(String.format("generating OCR pages %d/%d", i + 1, s.pages()));
                RenderedPage c = gen.clean(rnd, 40);
                Path cp = s.work().resolve(String.format("clean-%02d.png", i));
                Files.write(cp, Degrader.png(c.image()));
                Files.writeString(truth(cp), c.text(), StandardCharsets.UTF_8);
                clean.add(cp);
                RenderedPage d = gen.degraded(rnd, 40);
                Path dp = s.work().resolve(String.format("degraded-%02d.jpg", i));
                Files.write(dp, Degrader.jpeg(d.image(), PageGenerator.jpegQuality(rnd)));
                Files.writeString(truth(dp), d.text(), StandardCharsets.UTF_8);
                degraded.add(dp);
                if (s.ablation() && i < 3) {
                    Path rp = s.work().resolve(String.format("turned-%02d.png", i));
                    Files.write(rp, Degrader.png(cn.esip.ocr.preprocess.GrayImages.turnClockwise(c.image(), 90 * (i + 1))));
                    Files.writeString(truth(rp), c.text(), StandardCharsets.UTF_8);
                    rotated.add(rp);
                }
            }
            List<Row> rows = new ArrayList<>();
            OcrConfig config = OcrConfig.defaults();
            try (OcrService svc = new OcrService(config, InputLimits.defaults())) {
                // warm the engines so start-up is not counted as throughput
                progress.accept("starting " + config.poolSize() + " Tesseract engines");
                platform(svc, List.of(clean.get(0)), PreprocessOptions.defaults(), "warm-up");
                // platform and plain command interleaved, a batch of pages (one per engine) each in turn,
                // so that both see the same machine load
                for (List<Path> set : List.of(clean, degraded)) {
                    String name = set == clean ? "clean 300 dpi" : "degraded";
                    if (!s.cli()) {
                        rows.add(platform(svc, set, PreprocessOptions.defaults(), name));
                        continue;
                    }
                    List<Row> p = new ArrayList<>(), c = new ArrayList<>();
                    int batch = config.poolSize();
                    for (int from = 0; from < set.size(); from += batch) {
                        List<Path> part = set.subList(from, Math.min(set.size(), from + batch));
                        p.add(platform(svc, part, PreprocessOptions.defaults(), name));
                        c.add(cli(part, name));
                    }
                    rows.add(sum(p));
                    rows.add(sum(c));
                }
                if (s.ablation()) {
                    String base = "colour,denoise,deskew,orientation";
                    rows.add(withName(platform(svc, degraded, PreprocessOptions.none(), "degraded"), "platform, no preprocessing"));
                    rows.add(withName(platform(svc, degraded, PreprocessOptions.parse("denoise,deskew,orientation"), "degraded"), "platform without colour-ink removal"));
                    rows.add(withName(platform(svc, degraded, PreprocessOptions.parse("colour,deskew,orientation"), "degraded"), "platform without median filter"));
                    rows.add(withName(platform(svc, degraded, PreprocessOptions.parse("colour,denoise,orientation"), "degraded"), "platform without deskew"));
                    rows.add(withName(platform(svc, degraded, PreprocessOptions.parse(base + ",resolution"), "degraded"), "platform with upscaling to 300 dpi"));
                    rows.add(withName(platform(svc, degraded, PreprocessOptions.parse(base + ",binarize"), "degraded"), "platform with Otsu binarisation"));
                    rows.add(withName(platform(svc, rotated, PreprocessOptions.parse("colour,denoise,deskew"), "turned 90/180/270°"), "platform without orientation detection"));
                    rows.add(platform(svc, rotated, PreprocessOptions.defaults(), "turned 90/180/270°"));
                }
            }
            SealResult seals = seals(gen);
            SignatureResult sigs = s.signaturePages() > 0 ? signatures(gen, config) : null;
            Map<String, Object> machine = new LinkedHashMap<>();
            machine.put("cores", Runtime.getRuntime().availableProcessors());
            machine.put("engines", config.poolSize());
            machine.put("java", System.getProperty("java.version"));
            machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
            machine.put("OMP_THREAD_LIMIT", System.getenv("OMP_THREAD_LIMIT"));
            return new Result(rows, seals, sigs, machine);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rows of batches of one set and system added up (CER over all characters, pages per total time). */
    private static Row sum(List<Row> parts) {
        int pages = 0;
        double sec = 0, cpu = 0, errChars = 0, refChars = 0, errPrinted = 0;
        for (Row r : parts) {
            pages += r.pages();
            sec += r.seconds();
            cpu += r.cpuSecondsPerPage() * r.pages();
            errChars += r.cer() * r.refChars();
            errPrinted += r.cerPrinted() * r.refChars();
            refChars += r.refChars();
        }
        Row f = parts.get(0);
        return new Row(f.set(), f.system(), pages, errChars / refChars, pages / sec * 60, sec, cpu / pages, (long) refChars,
                errPrinted / refChars);
    }

    private static Row withName(Row r, String name) {
        return new Row(r.set(), name, r.pages(), r.cer(), r.pagesPerMinute(), r.seconds(), r.cpuSecondsPerPage(), r.refChars(),
                r.cerPrinted());
    }

    private static Path truth(Path img) {
        String n = img.getFileName().toString();
        return img.resolveSibling(n.substring(0, n.lastIndexOf('.')) + ".gt.txt");
    }

    /** All pages submitted at once to the service's engines (both cores busy). */
    private Row platform(OcrService svc, List<Path> pages, PreprocessOptions pre, String set) throws IOException {
        int threads = svc.config().poolSize();
        ExecutorService ex = Executors.newFixedThreadPool(threads);
        try {
            long t0 = System.nanoTime();
            double cpu0 = ProcCpu.self();
            List<Future<String>> fs = new ArrayList<>();
            for (Path p : pages) {
                byte[] data = Files.readAllBytes(p);
                fs.add(ex.submit(() -> svc.recognize(data, new OcrOptions(null, pre)).text()));
            }
            double cerSum = 0;
            long refLen = 0, errs = 0, printedErrs = 0;
            for (int i = 0; i < pages.size(); i++) {
                String out = fs.get(i).get();
                if (pre.equals(PreprocessOptions.defaults())) {
                    Files.writeString(pages.get(i).resolveSibling(pages.get(i).getFileName() + ".platform.txt"), out);
                }
                String ref = Files.readString(truth(pages.get(i)));
                int[] r = CjkText.comparable(ref).codePoints().toArray();
                errs += CjkText.editDistance(r, CjkText.comparable(out).codePoints().toArray());
                printedErrs += printedDistance(ref, out);
                refLen += r.length;
                progress.accept(String.format("platform %s: page %d/%d", set, i + 1, pages.size()));
            }
            double sec = (System.nanoTime() - t0) / 1e9;
            double cpu = ProcCpu.self() - cpu0;
            return new Row(set, "platform (" + threads + " engines)", pages.size(), (double) errs / refLen,
                    pages.size() / sec * 60, sec, cpu / pages.size(), refLen, (double) printedErrs / refLen);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("platform OCR failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            ex.shutdownNow();
        }
    }

    /** The plain command with default settings, one page after the other. */
    private Row cli(List<Path> pages, String set) throws IOException {
        long t0 = System.nanoTime();
        double cpu0 = ProcCpu.children();
        long refLen = 0, errs = 0, printedErrs = 0;
        for (int i = 0; i < pages.size(); i++) {
            Path img = pages.get(i);
            Path outBase = img.resolveSibling(img.getFileName() + ".cli");
            ProcessBuilder pb = new ProcessBuilder("tesseract", img.toString(), outBase.toString(), "-l", "chi_sim");
            pb.redirectErrorStream(true);
            pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
            try {
                Process p = pb.start();
                if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
                    p.destroyForcibly();
                    throw new IllegalStateException("tesseract failed on " + img);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            String out = Files.readString(Path.of(outBase + ".txt"));
            String ref = Files.readString(truth(img));
            int[] r = CjkText.comparable(ref).codePoints().toArray();
            errs += CjkText.editDistance(r, CjkText.comparable(out).codePoints().toArray());
            printedErrs += printedDistance(ref, out);
            refLen += r.length;
            progress.accept(String.format("tesseract CLI %s: page %d/%d", set, i + 1, pages.size()));
        }
        double sec = (System.nanoTime() - t0) / 1e9;
        double cpu = ProcCpu.children() - cpu0;
        return new Row(set, "tesseract CLI (one page at a time)", pages.size(), (double) errs / refLen,
                pages.size() / sec * 60, sec, cpu / pages.size(), refLen, (double) printedErrs / refLen);
    }

    /** Edit distance with punctuation as printed (white space removed, no NFKC folding of full-width forms). */
    private static int printedDistance(String ref, String out) {
        return CjkText.editDistance(ref.replaceAll("\\s+", "").codePoints().toArray(),
                out.replaceAll("\\s+", "").codePoints().toArray());
    }

    /** Seal precision/recall on pages generated with the evaluation seed. */
    public SealResult seals(PageGenerator gen) {
        SealDetector det = SealDetector.tuned();
        Random rnd = new Random(s.sealSeed());
        int tp = 0, fp = 0, fn = 0, truth = 0, cleanPages = 0, cleanHit = 0;
        long t0 = System.nanoTime();
        for (int i = 0; i < s.sealPages(); i++) {
            int kind = i % 4;
            int n = kind < 2 ? 1 + rnd.nextInt(2) : 0;
            boolean degrade = rnd.nextBoolean();
            RenderedPage p = gen.sealPage(rnd, 200, n, kind == 1 || kind == 3, degrade);
            java.awt.image.BufferedImage img = p.image();
            if (degrade) {
                img = decode(Degrader.jpeg(img, PageGenerator.jpegQuality(rnd)));
            }
            List<Seal> found = det.detect(img);
            truth += p.seals().size();
            List<Box> open = new ArrayList<>(p.seals());
            for (Seal f : found) {
                Box match = open.stream().filter(b -> b.iou(f.box()) >= 0.5).findFirst().orElse(null);
                if (match != null) {
                    tp++;
                    open.remove(match);
                } else {
                    fp++;
                }
            }
            fn += open.size();
            if (n == 0) {
                cleanPages++;
                if (!found.isEmpty()) {
                    cleanHit++;
                }
            }
            progress.accept(String.format("seal pages %d/%d", i + 1, s.sealPages()));
        }
        double precision = tp + fp == 0 ? 1 : (double) tp / (tp + fp);
        double recall = truth == 0 ? 1 : (double) tp / truth;
        return new SealResult(s.sealPages(), truth, tp, fp, fn, cleanPages, cleanHit, precision, recall,
                (System.nanoTime() - t0) / 1e9);
    }

    /** Signed/unsigned decisions at the labels of generated records (seed = seal seed + 100). */
    public SignatureResult signatures(PageGenerator gen, OcrConfig config) {
        Random rnd = new Random(s.sealSeed() + 100);
        int labels = 0, found = 0, signedTruth = 0, tp = 0, fp = 0, fn = 0;
        try (OcrService svc = new OcrService(config, InputLimits.defaults())) {
            ImageAnalyzer analyzer = new ImageAnalyzer(svc, SealDetector.tuned(), new PageClassifier(new NlpPageTypes()));
            for (int i = 0; i < s.signaturePages(); i++) {
                boolean[] signed = {rnd.nextBoolean(), rnd.nextBoolean(), rnd.nextBoolean()};
                RenderedPage p = gen.recordPage(rnd, 200, signed);
                byte[] data = degradeOrNot(p, rnd);
                ImageAnalyzer.PageReport r = analyzer.analyze(data, OcrOptions.defaults(), n -> { }).pages().get(0);
                String[] lines = p.text().split("\n");
                // the record's last three lines are its signature labels, in order
                for (int k = 0; k < signed.length; k++) {
                    String line = lines[lines.length - signed.length + k];
                    String label = line.substring(0, line.length() - 1);
                    boolean truth = signed[k];
                    labels++;
                    if (truth) {
                        signedTruth++;
                    }
                    // match by role (the text up to 人): OCR may misread the 签 of a label
                    cn.esip.ocr.vision.SignatureCheck c = r.signatures().stream()
                            .filter(x -> role(x.label()).equals(role(label))).findFirst().orElse(null);
                    if (c == null) {
                        if (truth) {
                            fn++;
                        }
                        continue;
                    }
                    found++;
                    if (c.signed() && truth) {
                        tp++;
                    } else if (c.signed()) {
                        fp++;
                    } else if (truth) {
                        fn++;
                    }
                }
                progress.accept(String.format("signature pages %d/%d", i + 1, s.signaturePages()));
            }
        }
        return new SignatureResult(s.signaturePages(), labels, found, signedTruth, tp, fp, fn,
                tp + fp == 0 ? 1 : (double) tp / (tp + fp), signedTruth == 0 ? 1 : (double) tp / signedTruth);
    }

    private static String role(String label) {
        int i = label.lastIndexOf('人');
        return i < 0 ? label : label.substring(0, i + 1);
    }

    private static byte[] degradeOrNot(RenderedPage p, Random rnd) {
        if (rnd.nextBoolean()) {
            return Degrader.png(p.image());
        }
        java.awt.image.BufferedImage img = Degrader.rotate(p.image(), (rnd.nextDouble() * 2 - 1) * 1.5);
        Degrader.noise(img, rnd, 6 + rnd.nextDouble() * 6, 0.001);
        return Degrader.jpeg(img, PageGenerator.jpegQuality(rnd));
    }

    private static java.awt.image.BufferedImage decode(byte[] jpeg) {
        try {
            return javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(jpeg));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The result as Markdown for BENCHMARKS.md. */
    public static String markdown(Result r) {
        StringBuilder sb = new StringBuilder();
        sb.append("| set | system | pages | CER (punctuation folded) | CER (punctuation as printed) | pages/min (wall) | seconds | CPU s/page |\n"
                + "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (Row row : r.rows()) {
            sb.append(String.format(Locale.ROOT, "| %s | %s | %d | %.3f%% | %.3f%% | %.1f | %.1f | %.2f |%n", row.set(), row.system(),
                    row.pages(), row.cer() * 100, row.cerPrinted() * 100, row.pagesPerMinute(), row.seconds(), row.cpuSecondsPerPage()));
        }
        SealResult s = r.seals();
        sb.append(String.format(Locale.ROOT, "%nSeal detection: %d pages, %d seals: precision %.3f, recall %.3f "
                        + "(TP %d, FP %d, FN %d); clean pages with a detection: %d of %d; %.1f s%n",
                s.pages(), s.seals(), s.precision(), s.recall(), s.truePositives(), s.falsePositives(), s.falseNegatives(),
                s.cleanPagesWithDetections(), s.cleanPages(), s.seconds()));
        SignatureResult g = r.signatures();
        if (g != null) {
            sb.append(String.format(Locale.ROOT, "%nSignatures: %d record pages, %d labels (%d found by OCR), %d signed: "
                            + "precision %.3f, recall %.3f (TP %d, FP %d, FN %d)%n", g.pages(), g.labels(), g.labelsFound(),
                    g.signedTruth(), g.precision(), g.recall(), g.truePositives(), g.falsePositives(), g.falseNegatives()));
        }
        sb.append("\nMachine: ").append(r.machine()).append('\n');
        return sb.toString();
    }
}
