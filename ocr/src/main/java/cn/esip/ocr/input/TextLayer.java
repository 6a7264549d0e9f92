package cn.esip.ocr.input;

import cn.esip.ocr.model.OcrLine;

import java.util.List;

/** The text a PDF page carries itself, as lines with boxes in pixels of a page rendered at {@code dpi}. */
public record TextLayer(int width, int height, int dpi, List<OcrLine> lines) {
    public TextLayer {
        lines = List.copyOf(lines);
    }
}
