package cn.esip.ocr.input;

/** An input file the image service refuses, with the reason as a kind (for HTTP status mapping). */
public class ImageInputException extends IllegalArgumentException {

    /** Why the input was refused. */
    public enum Kind { EMPTY, CORRUPT, ENCRYPTED, UNSUPPORTED, TOO_LARGE, TOO_MANY_PAGES }

    private final Kind kind;

    public ImageInputException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public ImageInputException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
