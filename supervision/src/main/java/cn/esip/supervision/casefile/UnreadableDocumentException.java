package cn.esip.supervision.casefile;

/** One document that cannot be read (corrupt, empty, binary, over a limit); the case is still reviewed. */
public final class UnreadableDocumentException extends RuntimeException {

    public UnreadableDocumentException(String message) {
        super(message);
    }
}
