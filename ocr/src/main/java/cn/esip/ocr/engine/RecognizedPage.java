package cn.esip.ocr.engine;

import cn.esip.ocr.model.OcrLine;

import java.util.List;

/** What one engine call returns: the lines of a page image, and whether the time limit cut it short. */
public record RecognizedPage(List<OcrLine> lines, boolean timedOut, long millis) {
    public RecognizedPage {
        lines = List.copyOf(lines);
    }
}
