package cn.esip.supervision.casefile;

import cn.esip.ocr.ImageAnalyzer;
import cn.esip.ocr.OcrOptions;
import cn.esip.ocr.OcrService;
import cn.esip.ocr.classify.PageClassifier;
import cn.esip.ocr.input.ImageInputException;
import cn.esip.ocr.vision.SealDetector;
import cn.esip.ocr.vision.SignatureCheck;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/** The scan reader over the image service: Tesseract OCR (or a PDF's text layer), seals and signatures per page. */
public final class OcrScanReader implements ScanReader {

    private final ImageAnalyzer analyzer;
    private final Consumer<String> progress;

    /** @param progress told of each page read (may be a no-op) */
    public OcrScanReader(OcrService ocr, Consumer<String> progress) {
        this.analyzer = new ImageAnalyzer(ocr, SealDetector.tuned(), new PageClassifier(new NlpPageTypes()));
        this.progress = progress;
    }

    @Override
    public Scan read(byte[] data, String name) {
        ImageAnalyzer.Report r;
        try {
            r = analyzer.analyze(data, OcrOptions.defaults(), page -> progress.accept(name + ": page " + page + " read"));
        } catch (ImageInputException e) {
            throw new UnreadableDocumentException(e.getMessage());
        } catch (RuntimeException e) {
            throw new UnreadableDocumentException("OCR failed: " + e.getMessage());
        }
        List<TextPage> pages = new ArrayList<>();
        List<Integer> seals = new ArrayList<>();
        List<ScanMarks.SignaturePlace> sigs = new ArrayList<>();
        for (ImageAnalyzer.PageReport p : r.pages()) {
            if (p.error() != null && (p.text() == null || p.text().isBlank())) {
                throw new UnreadableDocumentException("page " + p.number() + ": " + p.error());
            }
            pages.add(new TextPage(p.number(), Arrays.asList(p.text().split("\n", -1))));
            seals.add(p.seals().size());
            for (SignatureCheck s : p.signatures()) {
                sigs.add(new ScanMarks.SignaturePlace(p.number(), s.label(), s.signed()));
            }
        }
        return new Scan(pages, "ocr/" + r.format(), new ScanMarks(seals, sigs));
    }
}
