package cn.esip.ocr.model;

import java.util.List;

/** A block of consecutive lines (a paragraph or layout region) in reading order. */
public record OcrBlock(Box box, double confidence, List<OcrLine> lines) {

    public OcrBlock {
        lines = List.copyOf(lines);
    }

    /** The block's text, one line per line. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (OcrLine l : lines) {
            if (!sb.isEmpty()) {
                sb.append('\n');
            }
            sb.append(l.text());
        }
        return sb.toString();
    }
}
