package cn.esip.api.review;

import cn.esip.api.web.ProblemAdvice;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/** Background reviews of scanned case files (OCR takes minutes): a bounded queue, state, results kept for a while. */
public final class ReviewJobs implements AutoCloseable {

    /** Job states. */
    public enum State { QUEUED, RUNNING, DONE, FAILED }

    /** One job; read by status requests while the worker updates it. */
    public static final class Job {
        final String id = UUID.randomUUID().toString();
        final Instant created = Instant.now();
        final String caseName;
        volatile State state = State.QUEUED;
        volatile String reviewId;
        volatile String error;
        volatile Instant finished;
        volatile String progress;

        Job(String caseName) {
            this.caseName = caseName;
        }

        public String id() {
            return id;
        }

        public State state() {
            return state;
        }

        /** The review's id once the job is done (null before). */
        public String reviewId() {
            return reviewId;
        }

        /** What the job is doing now (the page being read of a scan), or null. */
        public String progress() {
            return progress;
        }

        /** Why the job failed (null unless it did). */
        public String error() {
            return error;
        }

        public String caseName() {
            return caseName;
        }

        /** Seconds since the job was submitted. */
        public long seconds() {
            return java.time.Duration.between(created, finished == null ? Instant.now() : finished).toSeconds();
        }

        /** Status as a JSON-friendly map, with the review's address once it is done. */
        public Map<String, Object> view() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", id);
            m.put("state", state);
            m.put("case", caseName);
            m.put("created", created.toString());
            m.put("finished", finished == null ? null : finished.toString());
            m.put("error", error);
            m.put("progress", progress);
            m.put("review", reviewId == null ? null : "/api/v1/reviews/" + reviewId);
            return m;
        }
    }

    private static final ThreadLocal<Job> CURRENT = new ThreadLocal<>();

    /** Tells the job running on this thread (if any) what it is doing; a no-op outside a job. */
    public static void report(String progress) {
        Job j = CURRENT.get();
        if (j != null) {
            j.progress = progress;
        }
    }

    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final ThreadPoolExecutor executor;
    private final Duration retention;

    public ReviewJobs(int workers, int maxQueued, int retentionMinutes) {
        this.executor = new ThreadPoolExecutor(workers, workers, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(maxQueued), r -> {
            Thread t = new Thread(r, "review-job");
            t.setDaemon(true);
            return t;
        });
        this.retention = Duration.ofMinutes(retentionMinutes);
    }

    /** Queues a review; {@code work} returns the stored review's id. 503 when the queue is full. */
    public Job submit(String caseName, Supplier<String> work) {
        Instant limit = Instant.now().minus(retention);
        jobs.values().removeIf(j -> j.finished != null && j.finished.isBefore(limit));
        Job job = new Job(caseName);
        jobs.put(job.id, job);
        try {
            executor.execute(() -> {
                job.state = State.RUNNING;
                CURRENT.set(job);
                try {
                    job.reviewId = work.get();
                    job.state = State.DONE;
                } catch (RuntimeException e) {
                    job.error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                    job.state = State.FAILED;
                } finally {
                    CURRENT.remove();
                    job.finished = Instant.now();
                }
            });
        } catch (RejectedExecutionException e) {
            jobs.remove(job.id);
            throw new ProblemAdvice.UnavailableException("the review queue is full (" + executor.getQueue().size()
                    + " case files waiting); try again later");
        }
        return job;
    }

    /** The job with this id, or {@link NoSuchElementException} (404). */
    public Job get(String id) {
        Job j = jobs.get(id);
        if (j == null) {
            throw new NoSuchElementException("no review job '" + id + "' (finished jobs are kept " + retention.toMinutes() + " minutes)");
        }
        return j;
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
