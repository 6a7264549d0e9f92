package cn.esip.api.cli;

import cn.esip.api.ocr.ImageServices;
import cn.esip.ocr.OcrOptions;
import cn.esip.ocr.input.ImageInputException;
import cn.esip.ocr.model.OcrDocument;
import cn.esip.ocr.preprocess.PreprocessOptions;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** {@code esip ocr FILE}: the text of a scan or PDF (PNG, JPEG, TIFF, PDF), or its JSON structure. */
@Command(name = "ocr", mixinStandardHelpOptions = true,
        description = "OCR a PNG, JPEG, TIFF or PDF file: plain text, or pages/blocks/lines with boxes and confidences (--json).")
public final class OcrCommand implements Runnable {

    @Parameters(index = "0", paramLabel = "FILE", description = "The file (format recognised from its content).")
    Path file;

    @Option(names = "--json", description = "Pages, blocks and lines with boxes and confidences, as JSON.")
    boolean json;

    @Option(names = "--lang", paramLabel = "LANGS", description = "Tesseract languages (default chi_sim; e.g. chi_sim+eng).")
    String lang;

    @Option(names = "--preprocess", paramLabel = "STEPS",
            description = "default, none, or a list of colour,resolution,denoise,deskew,binarize.")
    String preprocess;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "600", description = "Time limit for the file (default ${DEFAULT-VALUE}).")
    long timeout;

    @Override
    public void run() {
        byte[] data = readInput(file);
        OcrOptions o;
        try {
            o = new OcrOptions(lang, PreprocessOptions.parse(preprocess));
        } catch (IllegalArgumentException e) {
            throw new EsipMain.UsageError(e.getMessage());
        }
        try (ImageServices s = ImageServices.withTimeout(Duration.ofSeconds(timeout))) {
            OcrDocument d;
            try {
                int[] n = {0};
                d = s.ocr().recognize(data, o, p -> System.err.printf("esip ocr: page %d done (%d)%n", p, ++n[0]));
            } catch (ImageInputException e) {
                throw new EsipMain.UsageError(file + ": " + e.getMessage());
            }
            if (json) {
                System.out.println(toJson(d));
            } else {
                System.out.println(d.text());
            }
        }
    }

    /** Reads the file, refusing a missing or oversized one with a usage error. */
    static byte[] readInput(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                throw new EsipMain.UsageError("no such file: " + file);
            }
            long max = cn.esip.ocr.input.InputLimits.defaults().maxBytes();
            if (Files.size(file) > max) {
                throw new EsipMain.UsageError(file + ": file of " + Files.size(file) + " bytes exceeds the limit of " + max + " bytes");
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new EsipMain.UsageError("cannot read " + file + ": " + e.getMessage());
        }
    }

    static String toJson(Object o) {
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(o);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
