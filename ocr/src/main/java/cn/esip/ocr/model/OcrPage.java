package cn.esip.ocr.model;

import java.util.List;

/**
 * The text of one page.
 *
 * @param number      1-based page number in the document
 * @param width       page image width in pixels (the coordinate space of the boxes)
 * @param height      page image height in pixels
 * @param source      {@code ocr} (Tesseract on the page image) or {@code text-layer} (a PDF's own text)
 * @param blocks      blocks of lines in reading order
 * @param text        the plain text in reading order (lines separated by newlines, blocks by a blank line)
 * @param confidence  mean line confidence 0–100 (100 for a text layer)
 * @param skew        skew removed before OCR, degrees (boxes are in the deskewed frame)
 * @param steps       preprocessing steps applied, in order
 * @param millis      time spent on the page
 * @param error       why the page has no text (time limit), or null
 */
public record OcrPage(int number, int width, int height, String source, List<OcrBlock> blocks, String text,
                      double confidence, double skew, List<String> steps, long millis, String error) {

    public OcrPage {
        blocks = List.copyOf(blocks);
        steps = List.copyOf(steps);
    }

    /** All lines of the page in reading order. */
    public List<OcrLine> lines() {
        return blocks.stream().flatMap(b -> b.lines().stream()).toList();
    }
}
