package cn.esip.ocr.vision;

import cn.esip.ocr.model.Box;

/**
 * A seal found on a page.
 *
 * @param box     bounding box in page pixels
 * @param score   0–1, how seal-like (ring coverage and ellipse fit)
 * @param colour  ink colour name: red, blue, purple, green or other
 * @param shape   round or oval
 */
public record Seal(Box box, double score, String colour, String shape) {
}
