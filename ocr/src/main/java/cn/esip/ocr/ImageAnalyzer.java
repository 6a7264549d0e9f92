package cn.esip.ocr;

import cn.esip.ocr.classify.PageClassifier;
import cn.esip.ocr.classify.TypeGuess;
import cn.esip.ocr.input.PageImage;
import cn.esip.ocr.model.OcrPage;
import cn.esip.ocr.preprocess.GrayImages;
import cn.esip.ocr.vision.Seal;
import cn.esip.ocr.vision.SealDetector;
import cn.esip.ocr.vision.SignatureCheck;
import cn.esip.ocr.vision.SignatureDetector;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.function.IntConsumer;

/** The visual checks of case review, page by page: seals, signatures and the page's document type. */
public final class ImageAnalyzer {

    private final OcrService ocr;
    private final SealDetector seals;
    private final SignatureDetector signatures = new SignatureDetector();
    private final PageClassifier classifier;

    public ImageAnalyzer(OcrService ocr, SealDetector seals, PageClassifier classifier) {
        this.ocr = ocr;
        this.seals = seals;
        this.classifier = classifier;
    }

    /** The checks of one page. */
    public record PageReport(int number, int width, int height, TypeGuess type, List<Seal> seals,
                             List<SignatureCheck> signatures, String text, double ocrConfidence, String error,
                             long millis) {
    }

    /** The checks of a whole file. */
    public record Report(String format, List<PageReport> pages, long millis) {
    }

    public Report analyze(byte[] data, OcrOptions options, IntConsumer progress) {
        long t0 = System.nanoTime();
        String langs = ocr.languages(options);
        OcrService.PageResults<PageReport> r = ocr.eachPage(data, true, progress, (page, deadline) -> page(page, langs, options, deadline));
        return new Report(r.format(), r.pages(), (System.nanoTime() - t0) / 1_000_000);
    }

    /** The quarter turn the OCR applied to make the page upright (0 when none). */
    static int turn(OcrPage p) {
        for (String s : p.steps()) {
            if (s.startsWith("rotate(")) {
                return Integer.parseInt(s.substring(7, s.indexOf('°')));
            }
        }
        return 0;
    }

    private PageReport page(PageImage page, String langs, OcrOptions options, long deadline) {
        long t0 = System.nanoTime();
        OcrPage text = ocr.recognizePage(page, langs, options, deadline);
        BufferedImage img = GrayImages.turnClockwise(page.image(), turn(text));
        List<Seal> found = seals.detect(img);
        BufferedImage level = text.skew() == 0 ? img : GrayImages.rotateRgb(img, -text.skew());
        List<SignatureCheck> sigs = signatures.detect(level, text.lines());
        TypeGuess type = classifier.classify(img, text.text());
        return new PageReport(page.number(), img.getWidth(), img.getHeight(), type, found, sigs, text.text(),
                text.confidence(), text.error(), (System.nanoTime() - t0) / 1_000_000);
    }
}
