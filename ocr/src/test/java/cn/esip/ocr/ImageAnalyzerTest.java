package cn.esip.ocr;

import cn.esip.ocr.synthetic.CjkFonts;
import cn.esip.ocr.synthetic.Degrader;
import cn.esip.ocr.synthetic.SealPainter;
import cn.esip.ocr.synthetic.SignaturePainter;
import cn.esip.ocr.classify.TypeGuess;
import cn.esip.ocr.classify.PageClassifier;
import cn.esip.ocr.engine.OcrConfig;
import cn.esip.ocr.input.InputLimits;
import cn.esip.ocr.model.Box;
import cn.esip.ocr.vision.SealDetector;
import cn.esip.ocr.vision.SignatureCheck;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The visual checks on a rendered interview record (询问笔录) with one signed and one unsigned label. */
class ImageAnalyzerTest {

    @Test
    void findsTypeSealAndSignedAndUnsignedLabels() {
        Random rnd = new Random(5);
        int dpi = 200;
        BufferedImage img = new BufferedImage((int) (8.27 * dpi), (int) (11.69 * dpi), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        float px = 12f / 72 * dpi;
        g.setFont(CjkFonts.require(CjkFonts.SERIF, Font.BOLD, px * 1.5f));
        g.drawString("询问笔录", img.getWidth() / 2 - (int) (px * 3), (int) (px * 6));
        g.setFont(CjkFonts.require(CjkFonts.SERIF, Font.PLAIN, px));
        String[] lines = {"询问时间：2024年3月2日9时至10时", "询问地点：某市市场监督管理局", "被询问人：王某，某某食品有限公司负责人",
                "问：我们是某市市场监督管理局执法人员，现依法向你了解有关情况。", "答：清楚。"};
        int y = (int) (px * 9);
        for (String l : lines) {
            g.drawString(l, (int) (px * 4), y);
            y += (int) (px * 1.8);
        }
        int signedY = y + (int) (px * 3), unsignedY = signedY + (int) (px * 4);
        g.drawString("被询问人签名：", (int) (px * 4), signedY);
        g.drawString("询问人签名：", (int) (px * 4), unsignedY);
        g.dispose();
        Box signature = SignaturePainter.paint(img, rnd, (int) (px * 4 + px * 7.5), signedY - (int) (px * 1.1), (int) (px * 1.3));
        SealPainter.paint(img, rnd, img.getWidth() - (int) (dpi * 1.8), unsignedY + dpi, (int) (dpi * 0.8), (int) (dpi * 0.8), 15,
                SealPainter.INKS[0], 0.9);

        try (OcrService ocr = new OcrService(OcrConfig.defaults(), InputLimits.defaults())) {
            ImageAnalyzer analyzer = new ImageAnalyzer(ocr, SealDetector.tuned(), new PageClassifier(
                    // a stand-in for the NLP classifier (tested in supervision): this test is about OCR, seals and signatures
                    t -> t.contains("询问") ? java.util.Optional.of(new TypeGuess("询问笔录", 0.9, "stand-in")) : java.util.Optional.empty()));
            ImageAnalyzer.Report r = analyzer.analyze(Degrader.png(img), OcrOptions.defaults(), p -> { });
            assertThat(r.pages()).hasSize(1);
            ImageAnalyzer.PageReport p = r.pages().get(0);
            assertThat(p.type().type()).isEqualTo("询问笔录");
            assertThat(p.seals()).hasSize(1);
            List<SignatureCheck> checks = p.signatures();
            SignatureCheck party = checks.stream().filter(c -> c.label().startsWith("被询问人签名")).findFirst().orElseThrow();
            SignatureCheck officer = checks.stream().filter(c -> c.label().startsWith("询问人签名")).findFirst().orElseThrow();
            assertThat(party.signed()).isTrue();
            assertThat(party.box().iou(signature)).isGreaterThan(0.3);
            assertThat(officer.signed()).isFalse();
        }
    }
}
