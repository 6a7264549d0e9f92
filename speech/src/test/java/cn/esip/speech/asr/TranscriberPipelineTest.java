package cn.esip.speech.asr;

import cn.esip.speech.CancellationToken;
import cn.esip.speech.Fixtures;
import cn.esip.speech.audio.AudioDecodeException;
import cn.esip.speech.audio.FfmpegDecoder;
import cn.esip.speech.audio.Pcm16k;
import cn.esip.speech.audio.PcmStream;
import cn.esip.speech.vad.TurnDetector;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The streaming pipeline (decode → chunks → recogniser + VAD, progress, cancellation, limits) on a
 * real 2-minute MP3. The recogniser here only records what it is fed: the test is about the pipeline,
 * the Vosk path is tested in {@link VoskNativeTest} and {@link VoskIntegrationTest}.
 */
class TranscriberPipelineTest {

    @TempDir
    static Path dir;
    static Path longMp3;

    /** Records chunk sizes and buffer identities; ends an utterance every 8 chunks with one word. */
    static final class RecordingRecognizer implements SpeechRecognizer {
        final List<Integer> sizes = new ArrayList<>();
        final java.util.Set<byte[]> buffers = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        long bytes;
        boolean closed;

        @Override
        public String modelId() {
            return "recording";
        }

        @Override
        public RecognitionSession newSession(float sampleRate) {
            assertThat(sampleRate).isEqualTo(16000f);
            return new RecognitionSession() {
                @Override
                public Optional<Utterance> accept(byte[] pcm, int len) {
                    sizes.add(len);
                    buffers.add(pcm);
                    double start = Pcm16k.seconds(bytes);
                    bytes += len;
                    if (sizes.size() % 8 == 0) {
                        double end = Pcm16k.seconds(bytes);
                        return Optional.of(new Utterance(start, end, "字", List.of(new Word("字", start, end, 0.9))));
                    }
                    return Optional.empty();
                }

                @Override
                public String partial() {
                    return "";
                }

                @Override
                public Optional<Utterance> finish() {
                    return Optional.empty();
                }

                @Override
                public void close() {
                    closed = true;
                }
            };
        }

        @Override
        public void close() {
        }
    }

    @BeforeAll
    static void makeLongRecording() {
        Path wav = Fixtures.espeak(dir.resolve("s.wav"), "现在对你单位进行消防安全检查，请你配合。", null);
        // about 2 minutes: the sentence looped, as MP3 at 44.1 kHz stereo
        longMp3 = Fixtures.ffmpeg(wav, dir.resolve("long.mp3"), "-af", "apad=pad_dur=0.6,aloop=loop=-1:size=2e9",
                "-t", "120", "-ar", "44100", "-ac", "2", "-codec:a", "libmp3lame", "-b:a", "64k");
    }

    @Test
    void streamsTheWholeRecordingInBoundedChunksWithProgress() throws Exception {
        RecordingRecognizer rec = new RecordingRecognizer();
        List<double[]> progress = new ArrayList<>();
        Transcript t;
        FfmpegDecoder decoder = new FfmpegDecoder();
        double total = decoder.probe(longMp3).durationSeconds();
        try (PcmStream pcm = decoder.open(longMp3, Duration.ofSeconds(120))) {
            t = new Transcriber(rec, 250, new TurnDetector(), 3600).transcribe(pcm, total,
                    (p, tot) -> progress.add(new double[]{p, tot}), CancellationToken.none());
        }
        assertThat(t.durationSeconds()).isBetween(119.9, 120.2);
        assertThat(rec.bytes).isEqualTo(Math.round(t.durationSeconds() * Pcm16k.BYTES_PER_SECOND));
        assertThat(rec.sizes).allSatisfy(s -> assertThat(s).isLessThanOrEqualTo(8000));
        assertThat(rec.sizes.subList(0, rec.sizes.size() - 1)).containsOnly(8000);
        assertThat(rec.buffers).as("one reused chunk buffer").hasSize(1);
        assertThat(rec.closed).isTrue();
        assertThat(progress).hasSizeGreaterThan(400);
        for (int i = 1; i < progress.size(); i++) {
            assertThat(progress.get(i)[0]).isGreaterThanOrEqualTo(progress.get(i - 1)[0]);
        }
        assertThat(progress.get(progress.size() - 1)[0]).isEqualTo(t.durationSeconds());
        assertThat(t.segments()).hasSize(rec.sizes.size() / 8);
        assertThat(t.turns()).isNotEmpty();
        assertThat(t.segments()).allSatisfy(s -> assertThat(s.speaker()).isEqualTo("S1"));
    }

    @Test
    void cancellationStopsBetweenChunksAndStopsTheDecoder() throws Exception {
        RecordingRecognizer rec = new RecordingRecognizer();
        CancellationToken cancel = new CancellationToken();
        try (PcmStream pcm = new FfmpegDecoder().open(longMp3, Duration.ofSeconds(120))) {
            assertThatThrownBy(() -> new Transcriber(rec).transcribe(pcm, 120, (p, tot) -> {
                if (p >= 5) {
                    cancel.cancel();
                }
            }, cancel)).isInstanceOf(CancellationException.class);
        }
        assertThat(Pcm16k.seconds(rec.bytes)).isBetween(5.0, 5.3);
        assertThat(rec.closed).isTrue();
        Thread.sleep(200);
        assertThat(cn.esip.speech.audio.AudioPipelineTest.ffmpegChildren()).isZero();
    }

    @Test
    void aRecordingOverTheDurationLimitIsRefused() throws Exception {
        RecordingRecognizer rec = new RecordingRecognizer();
        try (PcmStream pcm = new FfmpegDecoder().open(longMp3, Duration.ofSeconds(120))) {
            assertThatThrownBy(() -> new Transcriber(rec, 250, new TurnDetector(), 30)
                    .transcribe(pcm, Double.NaN, (p, tot) -> { }, CancellationToken.none()))
                    .isInstanceOf(AudioDecodeException.class).hasMessageContaining("limit of 30 s");
        }
        assertThat(Pcm16k.seconds(rec.bytes)).isLessThanOrEqualTo(30.0);
    }

    @Test
    void segmentsSplitAtSpeakerTurns() {
        var turns = List.of(new cn.esip.speech.vad.SpeakerTurn("S1", 0, 2, 110),
                new cn.esip.speech.vad.SpeakerTurn("S2", 2.6, 4, 200));
        var u = new Utterance(0.1, 3.9, "你好我是", List.of(new Word("你好", 0.1, 1.0, 1), new Word("我", 2.7, 3.0, 0.8),
                new Word("是", 3.0, 3.9, 0.7)));
        List<Segment> segs = Transcriber.attribute(List.of(u), turns);
        assertThat(segs).extracting(Segment::speaker).containsExactly("S1", "S2");
        assertThat(segs).extracting(Segment::text).containsExactly("你好", "我是");
        assertThat(segs.get(1).turnStart()).isTrue();
        assertThat(segs.get(1).start()).isEqualTo(2.7);
    }
}
