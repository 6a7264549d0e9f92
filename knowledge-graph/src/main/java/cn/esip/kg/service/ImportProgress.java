package cn.esip.kg.service;

/** Receives progress of a long import: a stage name and how far it is. Called from several threads. */
@FunctionalInterface
public interface ImportProgress {

    /** {@code done} of {@code total} units of {@code stage} are finished. */
    void update(String stage, int done, int total);

    /** Ignores all progress. */
    static ImportProgress none() {
        return (stage, done, total) -> {
        };
    }
}
