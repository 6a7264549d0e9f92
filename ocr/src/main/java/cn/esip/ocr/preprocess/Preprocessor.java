package cn.esip.ocr.preprocess;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/** Turns a decoded page into the grey image Tesseract reads best, recording each step it applied. */
public final class Preprocessor {

    /** Text lines lower than this (pixels) are upscaled: about 12 pt text at 150 dpi. */
    static final int SMALL_LINE_PX = 32;
    /** Background grain (grey-level standard deviation) above which the median filter runs. */
    static final double NOISE_THRESHOLD = 4.0;
    static final double MIN_SKEW = 0.25;

    private final PreprocessOptions options;

    public Preprocessor(PreprocessOptions options) {
        this.options = options;
    }

    /**
     * The prepared page.
     *
     * @param image  8-bit grey image for the engine
     * @param scale  prepared pixels per input pixel (boxes are divided by it)
     * @param dpi    effective resolution after scaling
     * @param skew   the skew removed, degrees
     * @param steps  steps applied, in order
     */
    public record Prepared(BufferedImage image, double scale, int dpi, double skew, List<String> steps) {
    }

    public Prepared prepare(BufferedImage input, int dpiHint) {
        List<String> steps = new ArrayList<>();
        boolean colour = options.dropColourInk() && GrayImages.hasColour(input);
        BufferedImage g = GrayImages.toGray(input, colour);
        if (colour) {
            steps.add("colour-ink-removal");
        }
        double skew = 0;
        if (options.deskew()) {
            skew = PageAnalysis.skewDegrees(g, 5);
            if (Math.abs(skew) >= MIN_SKEW) {
                g = GrayImages.rotate(g, -skew);
                steps.add(String.format(java.util.Locale.ROOT, "deskew(%.2f°)", skew));
            } else {
                skew = 0;
            }
        }
        int line = PageAnalysis.medianLineHeight(g);
        int dpi = dpiHint > 0 ? dpiHint : 300;
        if (dpiHint <= 0 && line > 0 && line < SMALL_LINE_PX) {
            dpi = 150;
        }
        if (options.denoise() && PageAnalysis.backgroundNoise(g) > NOISE_THRESHOLD) {
            g = GrayImages.median3(g);
            steps.add("median3");
        }
        double scale = 1;
        if (options.normalizeResolution() && line > 0 && line < SMALL_LINE_PX) {
            scale = Math.min(3.0, Math.max(1.5, 2.0 * SMALL_LINE_PX / 1.3 / line));
            scale = Math.round(scale * 4) / 4.0;
            g = GrayImages.scale(g, scale);
            dpi = (int) Math.round(dpi * scale);
            steps.add(String.format(java.util.Locale.ROOT, "upscale(x%.2f)", scale));
        }
        if (options.binarize()) {
            g = GrayImages.binarize(g, GrayImages.otsu(g));
            steps.add("otsu");
        }
        return new Prepared(g, scale, dpi, skew, steps);
    }
}
