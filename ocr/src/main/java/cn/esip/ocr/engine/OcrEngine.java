package cn.esip.ocr.engine;

import java.awt.image.BufferedImage;
import java.time.Duration;

/** A text recogniser for one page image. Implementations are not thread-safe: use one per thread. */
public interface OcrEngine extends AutoCloseable {

    /**
     * Recognises the lines of an 8-bit grey page image.
     *
     * @param gray     TYPE_BYTE_GRAY image
     * @param dpi      resolution of the image (a hint for the engine)
     * @param timeout  time limit; a page cut short is reported with {@code timedOut}
     */
    RecognizedPage recognize(BufferedImage gray, int dpi, Duration timeout);

    /**
     * The clockwise rotation (0, 90, 180, 270) that makes the page upright, or -1 when unknown
     * (only engines started for orientation detection support it).
     */
    int uprightRotation(BufferedImage gray, int dpi);

    /** The languages this engine was started with, e.g. {@code chi_sim}. */
    String languages();

    @Override
    void close();
}
