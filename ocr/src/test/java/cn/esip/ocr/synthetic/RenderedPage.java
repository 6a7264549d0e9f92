package cn.esip.ocr.synthetic;

import cn.esip.ocr.model.Box;

import java.awt.image.BufferedImage;
import java.util.List;

/**
 * A generated page image with its ground truth.
 *
 * @param image   RGB page image
 * @param dpi     its resolution
 * @param text    the text drawn on it, line by line
 * @param seals   boxes of the seals drawn on it (empty when none)
 * @param signatures boxes of the handwriting drawn on it
 */
public record RenderedPage(BufferedImage image, int dpi, String text, List<Box> seals, List<Box> signatures) {
    public RenderedPage {
        seals = List.copyOf(seals);
        signatures = List.copyOf(signatures);
    }
}
