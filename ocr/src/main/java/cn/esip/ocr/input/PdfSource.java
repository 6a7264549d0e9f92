package cn.esip.ocr.input;

import cn.esip.ocr.model.Box;
import cn.esip.ocr.model.OcrLine;
import cn.esip.ocr.text.CjkText;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** PDF through PDFBox: the text layer where a page has one, otherwise the page rendered at 300 dpi. */
final class PdfSource implements PageSource {

    static final int RENDER_DPI = 300;
    /** A page with fewer non-blank characters in its text layer is treated as a scan. */
    static final int MIN_TEXT_LAYER_CHARS = 10;

    private final PDDocument doc;
    private final PDFRenderer renderer;
    private final InputLimits limits;

    private PdfSource(PDDocument doc, InputLimits limits) {
        this.doc = doc;
        this.renderer = new PDFRenderer(doc);
        this.limits = limits;
    }

    static PdfSource open(byte[] data, InputLimits limits) {
        PDDocument doc;
        try {
            doc = Loader.loadPDF(data);
        } catch (InvalidPasswordException e) {
            throw new ImageInputException(ImageInputException.Kind.ENCRYPTED,
                    "the PDF is password-protected; upload it without a password", e);
        } catch (IOException | RuntimeException e) {
            throw new ImageInputException(ImageInputException.Kind.CORRUPT, "cannot read the PDF: " + RasterSource.message(e), e);
        }
        int n = doc.getNumberOfPages();
        if (n == 0) {
            close(doc);
            throw new ImageInputException(ImageInputException.Kind.EMPTY, "the PDF has no pages");
        }
        if (n > limits.maxPages()) {
            close(doc);
            throw new ImageInputException(ImageInputException.Kind.TOO_MANY_PAGES,
                    "the PDF has " + n + " pages; the limit is " + limits.maxPages());
        }
        return new PdfSource(doc, limits);
    }

    @Override
    public ImageFormat format() {
        return ImageFormat.PDF;
    }

    @Override
    public int pageCount() {
        return doc.getNumberOfPages();
    }

    @Override
    public synchronized PageImage page(int number, boolean needImage) {
        try {
            PDPage p = doc.getPage(number - 1);
            PDRectangle box = p.getCropBox();
            int dpi = RENDER_DPI;
            double pixels = (box.getWidth() / 72.0 * dpi) * (box.getHeight() / 72.0 * dpi);
            if (pixels > limits.maxPixels()) {
                dpi = (int) Math.floor(dpi * Math.sqrt(limits.maxPixels() / pixels));
                if (dpi < 50) {
                    throw new ImageInputException(ImageInputException.Kind.TOO_LARGE,
                            "page " + number + " of the PDF is too large to render (" + box.getWidth() + "×" + box.getHeight() + " pt)");
                }
            }
            TextLayer layer = textLayer(number, dpi, box);
            BufferedImage img = null;
            if (needImage || layer == null) {
                checkEmbeddedImages(p, number);
                img = renderer.renderImageWithDPI(number - 1, dpi, needImage ? ImageType.RGB : ImageType.GRAY);
            }
            return new PageImage(number, img, dpi, layer);
        } catch (ImageInputException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new ImageInputException(ImageInputException.Kind.CORRUPT,
                    "cannot read page " + number + " of the PDF: " + RasterSource.message(e), e);
        }
    }

    /** Refuses a page whose embedded images would decode to more pixels than allowed (decompression bombs). */
    private void checkEmbeddedImages(PDPage p, int number) throws IOException {
        PDResources res = p.getResources();
        if (res == null) {
            return;
        }
        for (COSName name : res.getXObjectNames()) {
            PDXObject x = res.getXObject(name);
            if (x instanceof PDImageXObject img && (long) img.getWidth() * img.getHeight() > 2 * limits.maxPixels()) {
                throw new ImageInputException(ImageInputException.Kind.TOO_LARGE, "page " + number + " of the PDF embeds a "
                        + img.getWidth() + "×" + img.getHeight() + " image; the limit is " + 2 * limits.maxPixels() + " pixels");
            }
        }
    }

    private TextLayer textLayer(int number, int dpi, PDRectangle box) throws IOException {
        LineCollector c = new LineCollector(dpi / 72.0);
        c.setStartPage(number);
        c.setEndPage(number);
        c.setSortByPosition(true);
        String all = c.getText(doc);
        c.flushLine();
        if (CjkText.comparable(all).length() < MIN_TEXT_LAYER_CHARS) {
            return null;
        }
        int w = (int) Math.round(box.getWidth() / 72.0 * dpi), h = (int) Math.round(box.getHeight() / 72.0 * dpi);
        return new TextLayer(w, h, dpi, c.lines);
    }

    /** Collects the stripper's output line by line, with the union box of each line's glyphs. */
    private static final class LineCollector extends PDFTextStripper {
        final double scale;
        final List<OcrLine> lines = new ArrayList<>();
        final StringBuilder text = new StringBuilder();
        Box box;

        LineCollector(double scale) {
            this.scale = scale;
        }

        @Override
        protected void writeString(String s, List<TextPosition> positions) throws IOException {
            super.writeString(s, positions);
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(s);
            for (TextPosition t : positions) {
                double h = Math.max(t.getHeightDir(), t.getFontSizeInPt() * 0.8);
                Box b = new Box((int) Math.round(t.getXDirAdj() * scale), (int) Math.round((t.getYDirAdj() - h) * scale),
                        Math.max(1, (int) Math.round(t.getWidthDirAdj() * scale)), Math.max(1, (int) Math.round(h * scale * 1.2)));
                box = box == null ? b : box.union(b);
            }
        }

        @Override
        protected void writeLineSeparator() throws IOException {
            super.writeLineSeparator();
            flushLine();
        }

        void flushLine() {
            String t = CjkText.normalizeSpaces(text.toString());
            if (!t.isEmpty() && box != null) {
                lines.add(new OcrLine(t, box, 100.0, List.of()));
            }
            text.setLength(0);
            box = null;
        }
    }

    private static void close(PDDocument d) {
        try {
            d.close();
        } catch (IOException ignored) {
            // nothing to do
        }
    }

    @Override
    public synchronized void close() {
        close(doc);
    }
}
