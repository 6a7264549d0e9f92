package cn.esip.ocr.input;

import java.awt.image.BufferedImage;

/**
 * One page of an input file: its image (null for a PDF page with a text layer that needs no
 * rendering), its resolution and, for PDF pages, the text layer's lines.
 */
public record PageImage(int number, BufferedImage image, int dpi, TextLayer textLayer) {

    public boolean hasTextLayer() {
        return textLayer != null && !textLayer.lines().isEmpty();
    }
}
