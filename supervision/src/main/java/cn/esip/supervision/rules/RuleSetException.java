package cn.esip.supervision.rules;

/** A rule file that is wrong, or a rule set that is not known; the message names the file and the line. */
public final class RuleSetException extends RuntimeException {

    private final int line;

    public RuleSetException(String message, int line) {
        super(message);
        this.line = line;
    }

    /** 1-based line of the problem (0: not tied to a line). */
    public int line() {
        return line;
    }
}
