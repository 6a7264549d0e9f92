package cn.esip.models;

/** Whether a registered model can be used here, and why not if it cannot. */
public record ModelStatus(ModelDescriptor descriptor, State state, String detail) {

    /** Installation states. */
    public enum State {
        /** artifact present and checksum matches */
        INSTALLED,
        /** artifact absent */
        MISSING,
        /** artifact present but its checksum differs from the descriptor's */
        CHECKSUM_MISMATCH
    }

    public boolean usable() {
        return state == State.INSTALLED;
    }
}
