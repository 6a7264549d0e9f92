package cn.esip.api.cli;

import cn.esip.api.ocr.ImageServices;
import cn.esip.ocr.ImageAnalyzer;
import cn.esip.ocr.OcrOptions;
import cn.esip.ocr.input.ImageInputException;
import cn.esip.ocr.preprocess.PreprocessOptions;
import cn.esip.ocr.vision.Seal;
import cn.esip.ocr.vision.SignatureCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.time.Duration;

/** {@code esip detect FILE}: seals, signatures and page type of each page of a scan or PDF. */
@Command(name = "detect", mixinStandardHelpOptions = true,
        description = "Visual checks per page: seals (印章), signatures at signature labels, and the page's document type.")
public final class DetectCommand implements Runnable {

    @Parameters(index = "0", paramLabel = "FILE", description = "PNG, JPEG, TIFF or PDF file.")
    Path file;

    @Option(names = "--json", description = "The full report as JSON.")
    boolean json;

    @Option(names = "--lang", paramLabel = "LANGS", description = "Tesseract languages (default chi_sim).")
    String lang;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "600", description = "Time limit for the file (default ${DEFAULT-VALUE}).")
    long timeout;

    @Override
    public void run() {
        byte[] data = OcrCommand.readInput(file);
        try (ImageServices s = ImageServices.withTimeout(Duration.ofSeconds(timeout))) {
            ImageAnalyzer.Report r;
            try {
                r = s.analyzer().analyze(data, new OcrOptions(lang, PreprocessOptions.defaults()),
                        p -> System.err.printf("esip detect: page %d done%n", p));
            } catch (ImageInputException e) {
                throw new EsipMain.UsageError(file + ": " + e.getMessage());
            }
            if (json) {
                System.out.println(OcrCommand.toJson(r));
                return;
            }
            for (ImageAnalyzer.PageReport p : r.pages()) {
                System.out.printf("page %d: %s (%.2f, %s)%n", p.number(), p.type().type(), p.type().score(), p.type().method());
                for (Seal seal : p.seals()) {
                    System.out.printf("  seal %s %s at %s score %.2f%n", seal.colour(), seal.shape(), seal.box(), seal.score());
                }
                for (SignatureCheck c : p.signatures()) {
                    System.out.printf("  %s: %s%n", c.label(), c.signed() ? "signed at " + c.box() : "NOT signed");
                }
            }
        }
    }
}
