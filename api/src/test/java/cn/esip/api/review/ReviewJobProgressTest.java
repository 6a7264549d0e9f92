package cn.esip.api.review;

import org.junit.jupiter.api.Test;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A background review tells its job what it is doing (the page of a scan being read), for the job page. */
class ReviewJobProgressTest {

    @Test
    void whatTheWorkReportsShowsOnItsJobAndNowhereElse() throws Exception {
        try (ReviewJobs jobs = new ReviewJobs(1, 5, 60)) {
            CountDownLatch reported = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            ReviewJobs.Job job = jobs.submit("scan", () -> {
                ReviewJobs.report("11-决定书.png: page 2 read");
                reported.countDown();
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return "review-1";
            });
            assertThat(reported.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(job.progress()).isEqualTo("11-决定书.png: page 2 read");
            assertThat(job.view()).containsEntry("progress", "11-决定书.png: page 2 read");
            ReviewJobs.report("not in a job");
            release.countDown();
            long deadline = System.currentTimeMillis() + 10_000;
            while (job.state() != ReviewJobs.State.DONE && System.currentTimeMillis() < deadline) {
                Thread.sleep(10);
            }
            assertThat(job.reviewId()).isEqualTo("review-1");
            assertThat(job.progress()).isEqualTo("11-决定书.png: page 2 read");
        }
    }
}
