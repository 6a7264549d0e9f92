package cn.esip.ocr.engine;

/** A request ran past its time limit. */
public class OcrTimeoutException extends RuntimeException {
    public OcrTimeoutException(String message) {
        super(message);
    }
}
