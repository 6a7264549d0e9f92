package cn.esip.supervision.report;

/**
 * How one document of the case file was read: its type recognised from content, whether its file name agrees,
 * how it was read (text, PDF text layer, OCR) and its page count.
 */
public record DocumentSummary(String document, String type, double confidence, boolean nameAgrees, String readBy,
                              int pages) {
}
