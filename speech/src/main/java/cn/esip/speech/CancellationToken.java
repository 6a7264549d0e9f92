package cn.esip.speech;

import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;

/** A flag a caller sets to stop a long transcription; the pipeline checks it between chunks. */
public final class CancellationToken {

    private final AtomicBoolean cancelled = new AtomicBoolean();

    /** A token nobody cancels. */
    public static CancellationToken none() {
        return new CancellationToken();
    }

    public void cancel() {
        cancelled.set(true);
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    /** Throws {@link CancellationException} once {@link #cancel()} was called. */
    public void throwIfCancelled() {
        if (cancelled.get()) {
            throw new CancellationException("cancelled");
        }
    }
}
