package cn.esip.supervision.casefile;

/** A case file that cannot be reviewed at all (not a case file, unreadable, too large); the message is one line. */
public final class CaseFileException extends RuntimeException {

    public CaseFileException(String message) {
        super(message);
    }

    public CaseFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
