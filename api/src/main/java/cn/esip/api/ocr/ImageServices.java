package cn.esip.api.ocr;

import cn.esip.ocr.ImageAnalyzer;
import cn.esip.ocr.OcrService;
import cn.esip.ocr.classify.PageClassifier;
import cn.esip.ocr.engine.EngineUnavailableException;
import cn.esip.ocr.engine.OcrConfig;
import cn.esip.ocr.input.InputLimits;
import cn.esip.ocr.vision.SealDetector;
import cn.esip.supervision.casefile.NlpPageTypes;

import java.time.Duration;

/**
 * The image service's engines, started on first use (so the server and CLI start fast and a missing
 * Tesseract only affects the OCR endpoints). Shared by the REST controller and the CLI commands.
 */
public final class ImageServices implements AutoCloseable {

    private final OcrConfig config;
    private final InputLimits limits;
    private volatile OcrService ocr;
    private volatile ImageAnalyzer analyzer;

    public ImageServices(OcrConfig config, InputLimits limits) {
        this.config = config;
        this.limits = limits;
    }

    /** Defaults with a total time limit per file. */
    public static ImageServices withTimeout(Duration total) {
        InputLimits d = InputLimits.defaults();
        return new ImageServices(OcrConfig.defaults(),
                new InputLimits(d.maxBytes(), d.maxPages(), d.maxPixels(), total));
    }

    public InputLimits limits() {
        return limits;
    }

    /** The OCR service; EngineUnavailableException when Tesseract or its Chinese data is missing. */
    public OcrService ocr() {
        OcrService s = ocr;
        if (s == null) {
            synchronized (this) {
                if (ocr == null) {
                    config.requireLanguages(config.languages());
                    ocr = new OcrService(config, limits);
                }
                s = ocr;
            }
        }
        return s;
    }

    public ImageAnalyzer analyzer() {
        ImageAnalyzer a = analyzer;
        if (a == null) {
            synchronized (this) {
                if (analyzer == null) {
                    analyzer = new ImageAnalyzer(ocr(), SealDetector.tuned(), new PageClassifier(new NlpPageTypes()));
                }
                a = analyzer;
            }
        }
        return a;
    }

    /** True when the engines can start here. */
    public boolean available() {
        try {
            config.requireLanguages(config.languages());
            return true;
        } catch (EngineUnavailableException e) {
            return false;
        }
    }

    @Override
    public synchronized void close() {
        if (ocr != null) {
            ocr.close();
        }
    }
}
