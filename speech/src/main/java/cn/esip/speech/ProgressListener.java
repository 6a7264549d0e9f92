package cn.esip.speech;

/** Receives progress of a long audio job: seconds of audio processed, and the total when known (else NaN). */
@FunctionalInterface
public interface ProgressListener {

    void progress(double processedSeconds, double totalSeconds);

    /** A listener that ignores progress. */
    static ProgressListener none() {
        return (p, t) -> {
        };
    }
}
