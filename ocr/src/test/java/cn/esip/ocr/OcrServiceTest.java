package cn.esip.ocr;

import cn.esip.ocr.synthetic.Degrader;
import cn.esip.ocr.synthetic.RenderedPage;
import cn.esip.ocr.engine.OcrConfig;
import cn.esip.ocr.input.ImageInputException;
import cn.esip.ocr.input.InputLimits;
import cn.esip.ocr.model.OcrDocument;
import cn.esip.ocr.model.OcrLine;
import cn.esip.ocr.model.OcrPage;
import cn.esip.ocr.text.CjkText;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Random;
import java.util.zip.CRC32;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** OCR through the real Tesseract on pages rendered here. */
class OcrServiceTest {

    static OcrService service;
    static RenderedPage page;

    @BeforeAll
    static void start() {
        service = new OcrService(OcrConfig.defaults(), new InputLimits(20L << 20, 10, 40_000_000L, Duration.ofMinutes(5)));
        page = TestPages.generator().clean(new Random(11), 8);
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void recognisesARenderedPageWithPositionsAndNoSpacesBetweenHanCharacters() {
        OcrDocument d = service.recognize(Degrader.png(page.image()), OcrOptions.defaults());
        assertThat(d.format()).isEqualTo("PNG");
        assertThat(d.pages()).hasSize(1);
        OcrPage p = d.pages().get(0);
        assertThat(p.source()).isEqualTo("ocr");
        assertThat(CjkText.cer(page.text(), d.text())).isLessThan(0.03);
        assertThat(p.blocks()).isNotEmpty();
        for (OcrLine l : p.lines()) {
            assertThat(l.box().x()).isBetween(0, p.width());
            assertThat(l.box().bottom()).isBetween(1, p.height());
            assertThat(l.confidence()).isBetween(0.0, 100.0);
            assertThat(l.text()).doesNotContainPattern("\\p{IsHan}\\s+\\p{IsHan}");
        }
        assertThat(p.confidence()).isGreaterThan(70);
    }

    @Test
    void turnsAnUpsideDownPageUpright() {
        RenderedPage small = TestPages.generator().clean(new Random(13), 5);
        OcrDocument d = service.recognize(Degrader.png(cn.esip.ocr.preprocess.GrayImages.turnClockwise(small.image(), 180)),
                OcrOptions.defaults());
        assertThat(d.pages().get(0).steps()).contains("rotate(180°)");
        assertThat(CjkText.cer(small.text(), d.text())).isLessThan(0.03);
    }

    @Test
    void readsEveryPageOfAMultiPageTiff() throws Exception {
        RenderedPage second = TestPages.generator().clean(new Random(12), 5);
        ImageWriter w = ImageIO.getImageWritersByFormatName("tiff").next();
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bos)) {
            w.setOutput(out);
            w.prepareWriteSequence(null);
            w.writeToSequence(new IIOImage(gray(page.image()), null, null), null);
            w.writeToSequence(new IIOImage(gray(second.image()), null, null), null);
            w.endWriteSequence();
        }
        OcrDocument d = service.recognize(bos.toByteArray(), OcrOptions.defaults());
        assertThat(d.format()).isEqualTo("TIFF");
        assertThat(d.pages()).hasSize(2);
        assertThat(CjkText.cer(page.text(), d.pages().get(0).text())).isLessThan(0.03);
        assertThat(CjkText.cer(second.text(), d.pages().get(1).text())).isLessThan(0.03);
    }

    @Test
    void usesThePdfTextLayerWhereThereIsOneAndOcrWhereNot() throws Exception {
        byte[] pdf;
        try (PDDocument doc = new PDDocument()) {
            PDPage text = new PDPage(PDRectangle.A4);
            doc.addPage(text);
            try (PDPageContentStream cs = new PDPageContentStream(doc, text)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
                cs.newLineAtOffset(72, 750);
                cs.showText("Decision on administrative penalty No. 15 of 2024");
                cs.endText();
            }
            PDPage scan = new PDPage(PDRectangle.A4);
            doc.addPage(scan);
            PDImageXObject img = LosslessFactory.createFromImage(doc, gray(page.image()));
            try (PDPageContentStream cs = new PDPageContentStream(doc, scan)) {
                cs.drawImage(img, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
            }
            ByteArrayOutputStream bos = new ByteArrayOutputStream();
            doc.save(bos);
            pdf = bos.toByteArray();
        }
        OcrDocument d = service.recognize(pdf, OcrOptions.defaults());
        assertThat(d.format()).isEqualTo("PDF");
        assertThat(d.pages()).hasSize(2);
        OcrPage first = d.pages().get(0);
        assertThat(first.source()).isEqualTo("text-layer");
        assertThat(first.text()).isEqualTo("Decision on administrative penalty No. 15 of 2024");
        assertThat(first.lines().get(0).box().y()).isBetween(250, 450);
        OcrPage second = d.pages().get(1);
        assertThat(second.source()).isEqualTo("ocr");
        assertThat(CjkText.cer(page.text(), second.text())).isLessThan(0.04);
    }

    @Test
    void refusesBadInputWithAClearReason() throws Exception {
        assertKind(new byte[0], ImageInputException.Kind.EMPTY);
        byte[] png = Degrader.png(new BufferedImage(20, 20, BufferedImage.TYPE_BYTE_GRAY));
        byte[] truncated = java.util.Arrays.copyOf(png, 40);
        assertKind(truncated, ImageInputException.Kind.CORRUPT);
        assertKind("GIF89a....".getBytes(), ImageInputException.Kind.UNSUPPORTED);
        assertKind("hello, not an image".getBytes(), ImageInputException.Kind.UNSUPPORTED);
        assertKind("%PDF-1.7\n garbage".getBytes(), ImageInputException.Kind.CORRUPT);
        assertKind(hugePng(png, 100_000, 100_000), ImageInputException.Kind.TOO_LARGE);
        assertKind(encryptedPdf(), ImageInputException.Kind.ENCRYPTED);
        assertKind(pdfWithHugeImage(), ImageInputException.Kind.TOO_LARGE);
        // the service still works afterwards
        assertThat(service.recognize(Degrader.png(page.image()), OcrOptions.defaults()).pages()).hasSize(1);
    }

    @Test
    void refusesAnUnknownLanguageAndAnUnsafeLanguageList() {
        assertThatThrownBy(() -> service.recognize(Degrader.png(page.image()), OcrOptions.defaults().withLanguages("xx_none")))
                .hasMessageContaining("xx_none");
        assertThatThrownBy(() -> service.recognize(Degrader.png(page.image()), OcrOptions.defaults().withLanguages("../etc")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertKind(byte[] data, ImageInputException.Kind kind) {
        assertThatThrownBy(() -> service.recognize(data, OcrOptions.defaults()))
                .isInstanceOfSatisfying(ImageInputException.class, e -> assertThat(e.kind()).isEqualTo(kind));
    }

    /** A PNG whose header claims the given size (with a valid CRC) but holds almost no data. */
    static byte[] hugePng(byte[] png, int w, int h) {
        byte[] out = png.clone();
        ByteBuffer b = ByteBuffer.wrap(out);
        b.putInt(16, w).putInt(20, h);
        CRC32 crc = new CRC32();
        crc.update(out, 12, 17);
        b.putInt(29, (int) crc.getValue());
        return out;
    }

    /** A scanned-looking PDF page whose image claims 100000×100000 pixels. */
    static byte[] pdfWithHugeImage() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PDPage pg = new PDPage(PDRectangle.A4);
            doc.addPage(pg);
            PDImageXObject img = LosslessFactory.createFromImage(doc, new BufferedImage(8, 8, BufferedImage.TYPE_BYTE_GRAY));
            try (PDPageContentStream cs = new PDPageContentStream(doc, pg)) {
                cs.drawImage(img, 0, 0, 100, 100);
            }
            img.getCOSObject().setInt(org.apache.pdfbox.cos.COSName.WIDTH, 100_000);
            img.getCOSObject().setInt(org.apache.pdfbox.cos.COSName.HEIGHT, 100_000);
            ByteArrayOutputStream bos = new ByteArrayOutputStream();
            doc.save(bos);
            return bos.toByteArray();
        }
    }

    @Test
    void aPageOverItsTimeLimitComesBackEmptyWithTheReason() {
        try (OcrService quick = new OcrService(OcrConfig.defaults().withPoolSize(1).withPageTimeout(Duration.ofMillis(1)),
                InputLimits.defaults())) {
            OcrPage p = quick.recognize(Degrader.png(page.image()), OcrOptions.defaults()).pages().get(0);
            assertThat(p.error()).contains("time limit");
            assertThat(p.text()).isEmpty();
        }
    }

    static byte[] encryptedPdf() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            StandardProtectionPolicy p = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
            p.setEncryptionKeyLength(128);
            doc.protect(p);
            ByteArrayOutputStream bos = new ByteArrayOutputStream();
            doc.save(bos);
            return bos.toByteArray();
        }
    }

    static BufferedImage gray(BufferedImage rgb) {
        BufferedImage g = new BufferedImage(rgb.getWidth(), rgb.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        g.getGraphics().drawImage(rgb, 0, 0, null);
        return g;
    }
}
