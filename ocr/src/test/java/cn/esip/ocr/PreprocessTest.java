package cn.esip.ocr;

import cn.esip.ocr.synthetic.Degrader;
import cn.esip.ocr.synthetic.RenderedPage;
import cn.esip.ocr.preprocess.GrayImages;
import cn.esip.ocr.preprocess.PageAnalysis;
import cn.esip.ocr.preprocess.PreprocessOptions;
import cn.esip.ocr.preprocess.Preprocessor;
import cn.esip.ocr.text.CjkText;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Page measurements and preprocessing steps on rendered pages. */
class PreprocessTest {

    @Test
    void measuresAndRemovesSkew() {
        RenderedPage p = TestPages.generator().clean(new Random(3), 12);
        BufferedImage tilted = Degrader.rotate(p.image(), 2.0);
        BufferedImage g = GrayImages.toGray(tilted, false);
        double skew = PageAnalysis.skewDegrees(g, 5);
        assertThat(Math.abs(skew)).isCloseTo(2.0, within(0.25));
        BufferedImage level = GrayImages.rotate(g, -skew);
        assertThat(PageAnalysis.skewDegrees(level, 5)).isCloseTo(0.0, within(0.25));
        assertThat(PageAnalysis.skewDegrees(GrayImages.toGray(p.image(), false), 5)).isCloseTo(0.0, within(0.25));
    }

    @Test
    void upscalesSmallTextDenoisesScansAndLeavesCleanPagesAlone() {
        RenderedPage p = TestPages.generator().clean(new Random(4), 10);
        Preprocessor pre = new Preprocessor(PreprocessOptions.parse("colour,resolution,denoise,deskew"));
        Preprocessor.Prepared clean = pre.prepare(p.image(), 0);
        assertThat(clean.steps()).isEmpty();
        assertThat(clean.scale()).isEqualTo(1.0);

        BufferedImage low = Degrader.scale(p.image(), 0.5);
        Degrader.noise(low, new Random(1), 12, 0.003);
        Preprocessor.Prepared scan = pre.prepare(low, 0);
        assertThat(scan.steps()).anyMatch(s -> s.startsWith("upscale")).contains("median3");
        assertThat(scan.scale()).isBetween(1.5, 3.0);
    }

    @Test
    void defaultsKeepOnlyTheStepsTheBenchmarkFoundHelpful() {
        PreprocessOptions d = PreprocessOptions.defaults();
        assertThat(d.dropColourInk() && d.denoise() && d.deskew() && d.orientation()).isTrue();
        assertThat(d.normalizeResolution() || d.binarize()).isFalse();
    }

    @Test
    void colourInkRemovalWhitensRedAndKeepsBlack() {
        BufferedImage img = new BufferedImage(2, 1, BufferedImage.TYPE_INT_RGB);
        img.setRGB(0, 0, 0xE02020);
        img.setRGB(1, 0, 0x101010);
        BufferedImage g = GrayImages.toGray(img, true);
        assertThat(g.getRaster().getSample(0, 0, 0)).isGreaterThan(200);
        assertThat(g.getRaster().getSample(1, 0, 0)).isLessThan(30);
    }

    @Test
    void cjkSpacingAndErrorRate() {
        assertThat(CjkText.normalizeSpaces(" 第 一 条  为了 保护 ， the law  applies ")).isEqualTo("第一条为了保护，the law applies");
        assertThat(CjkText.cer("中华人民共和国", "中华人民共和国")).isZero();
        assertThat(CjkText.cer("中华人民共和国", "中华人民共和")).isCloseTo(1 / 7.0, within(1e-9));
        assertThat(CjkText.cer("第（一）项，", "第(一)项,")).isZero();
        assertThat(CjkText.repairBrackets("〈一〉第〈二）项〈注")).isEqualTo("〈一〉第（二）项〈注");
    }
}
