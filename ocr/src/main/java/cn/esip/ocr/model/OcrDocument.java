package cn.esip.ocr.model;

import java.util.List;

/** The OCR result of a whole file: its detected format, its pages and the plain text of all pages. */
public record OcrDocument(String format, List<OcrPage> pages, String text, long millis) {

    public OcrDocument {
        pages = List.copyOf(pages);
    }
}
