package cn.esip.ocr.vision;

import cn.esip.ocr.model.Box;

/**
 * A signature place on a page (a label such as 被询问人签名) and whether handwriting was found there.
 *
 * @param label     the label text that marks the place
 * @param labelBox  the box of the line holding the label
 * @param signed    handwriting found next to the label
 * @param box       box of the handwriting, null when unsigned
 * @param score     0–1, amount of handwriting relative to what a signature needs
 */
public record SignatureCheck(String label, Box labelBox, boolean signed, Box box, double score) {
}
