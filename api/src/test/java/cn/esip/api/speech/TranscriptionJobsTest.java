package cn.esip.api.speech;

import cn.esip.speech.SpeechUnavailableException;
import cn.esip.speech.asr.SpeechRecognizer;
import cn.esip.speech.asr.Transcriber;
import cn.esip.speech.audio.FfmpegDecoder;
import cn.esip.speech.audio.PcmStream;
import cn.esip.speech.tts.EspeakSynthesizer;
import cn.esip.speech.tts.SynthesisOptions;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Job mechanics (queue, progress, result, cancellation, clean-up) on a real 3-minute MP3 through the
 * real decoder and pipeline; the recogniser is a slow stand-in because the test is about the jobs.
 */
class TranscriptionJobsTest {

    @TempDir
    static Path dir;
    static Path mp3;

    /** Recognises nothing, slowly (2 ms per 250 ms chunk), so that jobs run long enough to observe. */
    static final SpeechRecognizer SLOW = new StandInRecognizer("slow-stand-in", 2, (before, after) -> Optional.empty());

    @BeforeAll
    static void recording() throws Exception {
        Path wav = Files.write(dir.resolve("s.wav"), new EspeakSynthesizer()
                .synthesize("请你在笔录上签字确认。", SynthesisOptions.defaults()).audio().toWav());
        mp3 = dir.resolve("long.mp3");
        Process p = new ProcessBuilder("ffmpeg", "-nostdin", "-v", "error", "-y", "-i", wav.toString(), "-af",
                "aloop=loop=-1:size=2e9", "-t", "180", "-codec:a", "libmp3lame", mp3.toString()).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0).isTrue();
    }

    static Path copy() {
        try {
            return Files.copy(mp3, Files.createTempFile(dir, "job-", ".mp3"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static final TranscriptionJobs.Work WORK = (file, progress, cancel) -> {
        try (PcmStream pcm = new FfmpegDecoder().open(file, Duration.ofMinutes(2))) {
            return new Transcriber(SLOW).transcribe(pcm, 180, progress, cancel);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    };

    static void await(TranscriptionJobs.Job job, TranscriptionJobs.State... states) throws InterruptedException {
        long end = System.currentTimeMillis() + 60_000;
        while (!java.util.Arrays.asList(states).contains(job.state()) && System.currentTimeMillis() < end) {
            Thread.sleep(20);
        }
        assertThat(job.state()).isIn((Object[]) states);
    }

    @Test
    void aJobReportsProgressAndKeepsItsResult() throws Exception {
        try (TranscriptionJobs jobs = new TranscriptionJobs(1, 2, 60)) {
            Path file = copy();
            TranscriptionJobs.Job job = jobs.submit(file, "long.mp3", 180, WORK);
            assertThat(jobs.get(job.id())).isSameAs(job);
            await(job, TranscriptionJobs.State.RUNNING, TranscriptionJobs.State.DONE);
            double seen = (double) job.view().getOrDefault("processedSeconds", 0.0);
            await(job, TranscriptionJobs.State.DONE);
            assertThat((double) job.view().get("processedSeconds")).isGreaterThanOrEqualTo(seen);
            assertThat(job.view().get("progress")).isEqualTo(1.0);
            assertThat(job.result().durationSeconds()).isBetween(179.9, 180.2);
            assertThat(file).doesNotExist();
        }
    }

    @Test
    void cancellingStopsARunningJobAndAQueuedOne() throws Exception {
        try (TranscriptionJobs jobs = new TranscriptionJobs(1, 2, 60)) {
            Path running = copy();
            Path queued = copy();
            TranscriptionJobs.Job a = jobs.submit(running, "a.mp3", 180, WORK);
            TranscriptionJobs.Job b = jobs.submit(queued, "b.mp3", 180, WORK);
            await(a, TranscriptionJobs.State.RUNNING);
            jobs.cancel(b.id());
            assertThat(b.state()).isEqualTo(TranscriptionJobs.State.CANCELLED);
            jobs.cancel(a.id());
            await(a, TranscriptionJobs.State.CANCELLED);
            assertThat((double) a.view().get("processedSeconds")).isLessThan(180);
            // the queued job's file goes when the worker reaches it, after the running one has stopped
            long end = System.currentTimeMillis() + 10_000;
            while (Files.exists(queued) && System.currentTimeMillis() < end) {
                Thread.sleep(20);
            }
            assertThat(running).doesNotExist();
            assertThat(queued).doesNotExist();
        }
    }

    @Test
    void aFullQueueIsRefusedAndUnknownJobsAreNotFound() throws Exception {
        try (TranscriptionJobs jobs = new TranscriptionJobs(1, 1, 60)) {
            jobs.submit(copy(), "1.mp3", 180, WORK);
            jobs.submit(copy(), "2.mp3", 180, WORK);
            Path third = copy();
            // the first may still be queued, so the third or a fourth is refused
            assertThatThrownBy(() -> {
                jobs.submit(third, "3.mp3", 180, WORK);
                jobs.submit(copy(), "4.mp3", 180, WORK);
            }).isInstanceOf(SpeechUnavailableException.class).hasMessageContaining("queue is full");
            assertThatThrownBy(() -> jobs.get("nope")).isInstanceOf(NoSuchElementException.class);
        }
    }

    @Test
    void aFailedJobSaysWhy() throws Exception {
        try (TranscriptionJobs jobs = new TranscriptionJobs(1, 2, 60)) {
            Path bad = Files.write(dir.resolve("bad.mp3"), "ID3 not really an mp3".getBytes());
            TranscriptionJobs.Job job = jobs.submit(bad, "bad.mp3", Double.NaN, WORK);
            await(job, TranscriptionJobs.State.FAILED);
            assertThat(job.error()).isNotBlank();
            assertThat(bad).doesNotExist();
        }
    }
}
