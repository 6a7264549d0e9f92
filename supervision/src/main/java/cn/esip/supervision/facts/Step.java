package cn.esip.supervision.facts;

/** The dated steps of a penalty case, named as in case.json's {@code dates}. */
public enum Step {
    filed, inspected, noticeServed, hearingRequested, decided, decisionServed, executed;

    /** The step a rule names, or throws IllegalArgumentException with the accepted names. */
    public static Step named(String s) {
        for (Step v : values()) {
            if (v.name().equals(s)) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown step '" + s + "'; one of filed, inspected, noticeServed, "
                + "hearingRequested, decided, decisionServed, executed");
    }
}
