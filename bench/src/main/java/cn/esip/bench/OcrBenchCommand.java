package cn.esip.bench;

import cn.esip.api.cli.EsipMain;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;

/** {@code esip bench ocr}: CER and pages/minute of the platform against the plain tesseract command, and seal detection. */
@Command(name = "ocr", mixinStandardHelpOptions = true,
        description = "Render law pages (clean 300 dpi and degraded scans), OCR them with the platform and with the plain "
                + "tesseract command, and measure seal detection; prints a Markdown table for BENCHMARKS.md.")
public final class OcrBenchCommand implements Runnable {

    @Option(names = "--corpus", defaultValue = "${ESIP_CORPUS:-../shared/corpus/laws}", description = "Law corpus (default ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(names = "--work", description = "Folder for generated images (default: a new temp folder).")
    Path work;

    @Option(names = "--pages", defaultValue = "10", description = "Pages per set (default ${DEFAULT-VALUE}).")
    int pages;

    @Option(names = "--seed", defaultValue = "20261123", description = "Seed of the OCR pages (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--seal-pages", defaultValue = "120", description = "Pages of the seal set (default ${DEFAULT-VALUE}).")
    int sealPages;

    @Option(names = "--seal-seed", defaultValue = "2", description = "Seed of the seal set; the detector was tuned on seed 1 (default ${DEFAULT-VALUE}).")
    long sealSeed;

    @Option(names = "--signature-pages", defaultValue = "0",
            description = "Record pages for the signature check (OCR + detector; default ${DEFAULT-VALUE}).")
    int signaturePages;

    @Option(names = "--ablation", description = "Also OCR the degraded set with each preprocessing step left out.")
    boolean ablation;

    @Option(names = "--no-cli", description = "Skip the plain tesseract command.")
    boolean noCli;

    @Option(names = "--fonts", split = ",", paramLabel = "FAMILY",
            description = "Render the OCR pages in these font families (default: Noto Serif CJK SC and Noto Sans CJK SC, "
                    + "on which the OCR was tuned); e.g. 'WenQuanYi Zen Hei' for pages in a font it never saw.")
    java.util.List<String> fonts;

    @Override
    public void run() {
        if (pages < 1 || sealPages < 0) {
            throw new EsipMain.UsageError("--pages must be at least 1 and --seal-pages not negative");
        }
        if (!Files.isDirectory(corpus)) {
            throw new EsipMain.UsageError("law corpus not found: " + corpus + " (use --corpus)");
        }
        try {
            Path dir = work != null ? Files.createDirectories(work) : Files.createTempDirectory("esip-bench-ocr-");
            System.err.println("esip bench ocr: generated images go to " + dir);
            OcrBenchmark.Result r = new OcrBenchmark(new OcrBenchmark.Settings(corpus, dir, pages, seed, sealPages, sealSeed,
                    ablation, !noCli, signaturePages, fonts == null ? java.util.List.of() : fonts), msg -> System.err.println("esip bench ocr: " + msg)).run();
            System.out.print(OcrBenchmark.markdown(r));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot create the work folder: " + e.getMessage(), e);
        }
    }
}
