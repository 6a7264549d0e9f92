package cn.esip.api.speech;

import cn.esip.speech.CancellationToken;
import cn.esip.speech.ProgressListener;
import cn.esip.speech.SpeechUnavailableException;
import cn.esip.speech.asr.Transcript;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/** Background transcription jobs for long recordings: a bounded queue, progress, cancellation, results kept for a while. */
public class TranscriptionJobs implements AutoCloseable {

    /** The work of one job: transcribe the file, reporting progress and honouring cancellation. */
    @FunctionalInterface
    public interface Work {
        Transcript run(Path file, ProgressListener progress, CancellationToken cancel);
    }

    /** Job states. */
    public enum State { QUEUED, RUNNING, DONE, FAILED, CANCELLED }

    /** One job; fields are read by status requests while the worker updates them. */
    public static final class Job {
        final String id = UUID.randomUUID().toString();
        final Instant created = Instant.now();
        final CancellationToken cancel = new CancellationToken();
        final String fileName;
        volatile State state = State.QUEUED;
        volatile double processedSeconds;
        volatile double totalSeconds;
        volatile Transcript result;
        volatile String error;
        volatile Instant finished;

        Job(String fileName, double totalSeconds) {
            this.fileName = fileName;
            this.totalSeconds = totalSeconds;
        }

        public String id() {
            return id;
        }

        public State state() {
            return state;
        }

        public Transcript result() {
            return result;
        }

        public String error() {
            return error;
        }

        /** Status as a JSON-friendly map. */
        public Map<String, Object> view() {
            Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("id", id);
            m.put("state", state);
            m.put("file", fileName);
            m.put("processedSeconds", round(processedSeconds));
            m.put("totalSeconds", Double.isNaN(totalSeconds) ? null : round(totalSeconds));
            m.put("progress", Double.isNaN(totalSeconds) || totalSeconds <= 0 ? null
                    : round(Math.min(1.0, processedSeconds / totalSeconds)));
            m.put("created", created.toString());
            m.put("finished", finished == null ? null : finished.toString());
            m.put("error", error);
            m.put("result", "/api/v1/speech/jobs/" + id + "/result");
            return m;
        }

        private static double round(double v) {
            return Math.round(v * 1000) / 1000.0;
        }
    }

    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final ThreadPoolExecutor executor;
    private final Duration retention;

    public TranscriptionJobs(int workers, int maxQueued, int retentionMinutes) {
        this.executor = new ThreadPoolExecutor(workers, workers, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(maxQueued), r -> {
            Thread t = new Thread(r, "speech-job");
            t.setDaemon(true);
            return t;
        });
        this.retention = Duration.ofMinutes(retentionMinutes);
    }

    /**
     * Queues a job; the file is deleted when the job ends. Throws {@link SpeechUnavailableException}
     * (503) when the queue is full.
     */
    public Job submit(Path file, String fileName, double totalSeconds, Work work) {
        expire();
        Job job = new Job(fileName, totalSeconds);
        jobs.put(job.id, job);
        try {
            executor.execute(() -> runJob(job, file, work));
        } catch (RejectedExecutionException e) {
            jobs.remove(job.id);
            deleteQuietly(file);
            throw new SpeechUnavailableException("the transcription queue is full (" + executor.getQueue().size()
                    + " jobs waiting); try again later");
        }
        return job;
    }

    private void runJob(Job job, Path file, Work work) {
        State end = State.FAILED;
        try {
            if (job.cancel.isCancelled()) {
                throw new CancellationException();
            }
            job.state = State.RUNNING;
            job.result = work.run(file, (p, t) -> {
                job.processedSeconds = p;
                if (!Double.isNaN(t)) {
                    job.totalSeconds = t;
                }
            }, job.cancel);
            end = State.DONE;
        } catch (CancellationException e) {
            job.error = "cancelled";
            end = State.CANCELLED;
        } catch (RuntimeException e) {
            job.error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        } finally {
            // the end state is published last, so that a reader who sees it also sees the clean-up and finish time
            deleteQuietly(file);
            job.finished = Instant.now();
            job.state = end;
        }
    }

    /** The job with this id, or {@link NoSuchElementException} (404). */
    public Job get(String id) {
        Job j = jobs.get(id);
        if (j == null) {
            throw new NoSuchElementException("no transcription job '" + id + "' (finished jobs are kept "
                    + retention.toMinutes() + " minutes)");
        }
        return j;
    }

    /** Asks a job to stop; a queued job never starts, a running one stops at its next chunk. */
    public Job cancel(String id) {
        Job j = get(id);
        j.cancel.cancel();
        if (j.state == State.QUEUED) {
            j.state = State.CANCELLED; // the worker sees the token before it starts and only cleans up
        }
        return j;
    }

    private void expire() {
        Instant limit = Instant.now().minus(retention);
        jobs.values().removeIf(j -> j.finished != null && j.finished.isBefore(limit));
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // temp file: the OS cleans it eventually
        }
    }

    @Override
    public void close() {
        jobs.values().forEach(j -> j.cancel.cancel());
        executor.shutdownNow();
    }
}
