package cn.esip.ocr.model;

import java.util.List;

/**
 * One text line: text, position, mean confidence (0–100) and the words Tesseract found in it.
 * Words are kept for the visual checks (they are not part of the JSON output).
 */
public record OcrLine(String text, Box box, double confidence, @com.fasterxml.jackson.annotation.JsonIgnore List<OcrWord> words) {

    public OcrLine {
        words = words == null ? List.of() : List.copyOf(words);
    }
}
