package cn.esip.ocr.input;

/** The pages of an opened input file, read one at a time (a 100-page file is not held in memory). */
public interface PageSource extends AutoCloseable {

    ImageFormat format();

    int pageCount();

    /**
     * Page {@code number} (1-based). {@code needImage}: whether the page image is needed even when the
     * page has a text layer (visual checks need it; text extraction does not).
     */
    PageImage page(int number, boolean needImage);

    @Override
    void close();
}
