package cn.esip.speech.audio;

import cn.esip.speech.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Decoding and resampling of real speech (espeak-ng) in every accepted input format (ffmpeg-converted). */
public class AudioPipelineTest {

    @TempDir
    static Path dir;
    static Path source;
    static byte[] reference;
    static double sourceSeconds;

    @BeforeAll
    static void makeSpeech() throws IOException {
        source = Fixtures.espeak(dir.resolve("speech.wav"), "执法人员依法进行现场检查。当事人对检查结果没有异议。", null);
        reference = Fixtures.pcm16k(source);
        sourceSeconds = Pcm16k.seconds(reference.length);
        Fixtures.ffmpeg(source, dir.resolve("s44k-stereo.wav"), "-ar", "44100", "-ac", "2");
        Fixtures.ffmpeg(source, dir.resolve("s8k-u8.wav"), "-ar", "8000", "-acodec", "pcm_u8");
        Fixtures.ffmpeg(source, dir.resolve("s.mp3"), "-codec:a", "libmp3lame", "-b:a", "64k");
        Fixtures.ffmpeg(source, dir.resolve("s.m4a"), "-codec:a", "aac", "-b:a", "64k");
        Fixtures.ffmpeg(source, dir.resolve("s.aac"), "-codec:a", "aac", "-f", "adts");
        Fixtures.ffmpeg(source, dir.resolve("s48k-stereo.ogg"), "-ar", "48000", "-ac", "2", "-codec:a", "flac", "-f", "ogg");
        Fixtures.ffmpeg(source, dir.resolve("s.flac"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "speech.wav, WAV, 22050, 1",
            "s44k-stereo.wav, WAV, 44100, 2",
            "s8k-u8.wav, WAV, 8000, 1",
            "s.mp3, MP3, 22050, 1",
            "s.m4a, MP4_AAC, 22050, 1",
            "s.aac, ADTS_AAC, 22050, 1",
            "s48k-stereo.ogg, OGG, 48000, 2",
            "s.flac, FLAC, 22050, 1"})
    void ffmpegDecodesEachFormatTo16kMonoWithTheSameSpeech(String name, AudioContainer container, int rate, int channels)
            throws IOException {
        Path file = dir.resolve(name);
        FfmpegDecoder decoder = new FfmpegDecoder();
        AudioInfo info = decoder.probe(file);
        assertThat(info.container()).isEqualTo(container);
        assertThat(info.sampleRate()).isEqualTo(rate);
        assertThat(info.channels()).isEqualTo(channels);

        byte[] pcm;
        try (PcmStream in = decoder.open(file, Duration.ofSeconds(60))) {
            pcm = in.readAllBytes();
        }
        double seconds = Pcm16k.seconds(pcm.length);
        // lossy codecs add priming/padding samples (up to ~0.1 s here)
        assertThat(seconds).isBetween(sourceSeconds - 0.05, sourceSeconds + 0.15);
        double corr = Fixtures.bestCorrelation(Fixtures.envelope(reference), Fixtures.envelope(pcm), 5);
        assertThat(corr).as("envelope correlation with the source speech").isGreaterThan(0.95);
    }

    @Test
    void amrNarrowbandIsDetectedAndDecodedTo16k() throws IOException {
        Path amr = Fixtures.amrNb(dir.resolve("r.amr"), 100); // 100 frames × 20 ms
        FfmpegDecoder decoder = new FfmpegDecoder();
        AudioInfo info = decoder.probe(amr);
        assertThat(info.container()).isEqualTo(AudioContainer.AMR_NB);
        assertThat(info.sampleRate()).isEqualTo(8000);
        try (PcmStream in = decoder.open(amr, Duration.ofSeconds(60))) {
            assertThat(Pcm16k.seconds(in.readAllBytes().length)).isCloseTo(2.0, org.assertj.core.data.Offset.offset(0.05));
        }
    }

    @Test
    void javaSoundDecodesWavWithoutFfmpeg() throws IOException {
        JavaSoundWavDecoder decoder = new JavaSoundWavDecoder();
        for (String name : new String[]{"speech.wav", "s44k-stereo.wav", "s8k-u8.wav"}) {
            Path file = dir.resolve(name);
            assertThat(decoder.probe(file).durationSeconds()).isCloseTo(sourceSeconds, org.assertj.core.data.Offset.offset(0.05));
            byte[] pcm;
            try (PcmStream in = decoder.open(file, Duration.ofSeconds(60))) {
                pcm = in.readAllBytes();
            }
            assertThat(Pcm16k.seconds(pcm.length)).as(name).isCloseTo(sourceSeconds, org.assertj.core.data.Offset.offset(0.05));
            double corr = Fixtures.bestCorrelation(Fixtures.envelope(reference), Fixtures.envelope(pcm), 3);
            assertThat(corr).as(name + " envelope correlation").isGreaterThan(0.95);
        }
    }

    @Test
    void javaSoundRefusesOtherFormatsWithAClearMessage() {
        assertThatThrownBy(() -> new JavaSoundWavDecoder().open(dir.resolve("s.mp3"), Duration.ofSeconds(5)))
                .hasMessageContaining("MP3 audio needs ffmpeg");
    }

    @Test
    void nonAudioIsUnsupported() throws IOException {
        Path text = Files.writeString(dir.resolve("notes.wav"), "这不是音频文件，只是一段文字。");
        Path random = dir.resolve("random.bin");
        byte[] bytes = new byte[4096];
        new java.util.Random(7).nextBytes(bytes);
        bytes[0] = 0x12;
        Files.write(random, bytes);
        Path empty = Files.write(dir.resolve("empty.mp3"), new byte[0]);
        for (Path p : new Path[]{text, random, empty}) {
            assertThatThrownBy(() -> new FfmpegDecoder().probe(p)).isInstanceOf(UnsupportedAudioException.class);
        }
    }

    @Test
    void corruptAudioIsADecodeError() throws IOException {
        byte[] m4a = Files.readAllBytes(dir.resolve("s.m4a"));
        Path truncated = Files.write(dir.resolve("truncated.m4a"), Arrays.copyOf(m4a, 600));
        byte[] garbage = new byte[20_000];
        new java.util.Random(3).nextBytes(garbage);
        System.arraycopy("RIFF\0\0\0\0WAVEfmt ".getBytes(), 0, garbage, 0, 16);
        Path badWav = Files.write(dir.resolve("bad.wav"), garbage);
        FfmpegDecoder decoder = new FfmpegDecoder();
        for (Path p : new Path[]{truncated, badWav}) {
            assertThatThrownBy(() -> {
                decoder.probe(p);
                try (PcmStream in = decoder.open(p, Duration.ofSeconds(10))) {
                    in.readAllBytes();
                }
            }).as(p.getFileName().toString()).isInstanceOf(AudioDecodeException.class);
        }
    }

    @Test
    void decodingStopsAtTheTimeLimit() throws Exception {
        Path longFile = Fixtures.ffmpeg(source, dir.resolve("long.wav"), "-af", "aloop=loop=40:size=2e9", "-ar", "44100");
        try (PcmStream in = new FfmpegDecoder().open(longFile, Duration.ofMillis(300))) {
            in.readNBytes(1000);
            Thread.sleep(800); // the pipe fills, ffmpeg blocks, the watchdog kills it
            assertThatThrownBy(in::readAllBytes).isInstanceOf(AudioDecodeException.class).hasMessageContaining("limit");
        }
    }

    @Test
    void closingEarlyStopsFfmpeg() throws Exception {
        Path longFile = dir.resolve("long2.wav");
        Fixtures.ffmpeg(source, longFile, "-af", "aloop=loop=40:size=2e9");
        long before = ffmpegChildren();
        try (InputStream in = new FfmpegDecoder().open(longFile, Duration.ofSeconds(60))) {
            in.readNBytes(3200);
            assertThat(ffmpegChildren()).isEqualTo(before + 1);
        }
        Thread.sleep(200);
        assertThat(ffmpegChildren()).isEqualTo(before);
    }

    public static long ffmpegChildren() {
        return ProcessHandle.current().children().filter(ProcessHandle::isAlive)
                .filter(h -> h.info().command().map(c -> c.endsWith("ffmpeg")).orElse(false)).count();
    }
}
