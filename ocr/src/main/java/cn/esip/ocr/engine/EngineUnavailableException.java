package cn.esip.ocr.engine;

/** The OCR engine cannot run here: library or language data missing. */
public class EngineUnavailableException extends RuntimeException {
    public EngineUnavailableException(String message) {
        super(message);
    }

    public EngineUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
