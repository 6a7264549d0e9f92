package cn.esip.ocr.input;

import java.time.Duration;

/**
 * Limits on one input file.
 *
 * @param maxBytes       largest accepted file
 * @param maxPages       most pages (TIFF frames or PDF pages)
 * @param maxPixels      most pixels of one page image (checked from the header, before decoding)
 * @param totalTimeout   time limit for the whole file
 */
public record InputLimits(long maxBytes, int maxPages, long maxPixels, Duration totalTimeout) {

    /** 50 MB, 100 pages, 60 megapixels a page (A4 at 600 dpi is 35), 10 minutes. */
    public static InputLimits defaults() {
        return new InputLimits(50L << 20, 100, 60_000_000L, Duration.ofMinutes(10));
    }
}
