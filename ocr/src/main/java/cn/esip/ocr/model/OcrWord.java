package cn.esip.ocr.model;

/** One recognised word (for Chinese usually one or a few characters) with its box and confidence. */
public record OcrWord(String text, Box box, double confidence) {
}
