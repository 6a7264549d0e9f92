package cn.esip.speech.audio;

import cn.esip.models.ModelRegistry;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Decodes any format Debian's ffmpeg reads (WAV, MP3, M4A/AAC, AMR, Ogg, FLAC) by running {@code ffmpeg}
 * as a subprocess that writes 16 kHz mono s16le to a pipe; {@code ffprobe} reads the header.
 */
public final class FfmpegDecoder implements AudioDecoder {

    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "ffmpeg-watchdog");
        t.setDaemon(true);
        return t;
    });
    private static volatile Boolean available;

    private final String ffmpeg;
    private final String ffprobe;

    public FfmpegDecoder() {
        this("ffmpeg", "ffprobe");
    }

    public FfmpegDecoder(String ffmpeg, String ffprobe) {
        this.ffmpeg = ffmpeg;
        this.ffprobe = ffprobe;
    }

    /** Whether {@code ffmpeg} and {@code ffprobe} are on the PATH (checked once). */
    public static boolean isAvailable() {
        Boolean a = available;
        if (a == null) {
            a = runs("ffmpeg", "-version") && runs("ffprobe", "-version");
            available = a;
        }
        return a;
    }

    private static boolean runs(String... cmd) {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public String name() {
        return "ffmpeg (Debian package, subprocess)";
    }

    @Override
    public AudioInfo probe(Path file) {
        AudioContainer container = AudioFiles.sniff(file);
        List<String> cmd = List.of(ffprobe, "-v", "error", "-select_streams", "a:0",
                "-show_entries", "stream=codec_name,sample_rate,channels:format=duration",
                "-of", "json", file.toString());
        Process p = start(cmd, ProcessBuilder.Redirect.PIPE);
        try {
            byte[] out;
            try (InputStream in = p.getInputStream()) {
                out = in.readNBytes(1 << 16);
            }
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AudioDecodeException("reading the audio header took longer than 30 s");
            }
            String err = new String(p.getErrorStream().readNBytes(4096), StandardCharsets.UTF_8).strip();
            if (p.exitValue() != 0) {
                throw new AudioDecodeException("corrupt or unreadable " + container + " audio: " + firstLine(err));
            }
            JsonNode root = ModelRegistry.json().readTree(out);
            JsonNode streams = root.path("streams");
            if (!streams.isArray() || streams.isEmpty()) {
                throw new AudioDecodeException("the " + container + " file contains no audio stream");
            }
            JsonNode s = streams.get(0);
            int rate = s.path("sample_rate").asInt(0);
            int channels = s.path("channels").asInt(0);
            double duration = root.path("format").path("duration").asDouble(Double.NaN);
            if (rate <= 0 || channels <= 0) {
                throw new AudioDecodeException("the " + container + " audio stream has no valid sample rate or channel count");
            }
            return new AudioInfo(container, s.path("codec_name").asText("?"), rate, channels, duration);
        } catch (IOException e) {
            throw new AudioDecodeException("cannot probe audio: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new AudioDecodeException("interrupted while probing audio");
        }
    }

    @Override
    public PcmStream open(Path file, Duration timeLimit) {
        AudioFiles.sniff(file);
        Path errLog;
        try {
            errLog = Files.createTempFile("esip-ffmpeg-", ".log");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> cmd = new ArrayList<>(List.of(ffmpeg, "-nostdin", "-hide_banner", "-v", "error",
                "-i", file.toString(), "-vn", "-ac", "1", "-ar", String.valueOf(Pcm16k.SAMPLE_RATE),
                "-f", "s16le", "-acodec", "pcm_s16le", "pipe:1"));
        Process p = start(cmd, ProcessBuilder.Redirect.to(errLog.toFile()));
        AtomicBoolean timedOut = new AtomicBoolean();
        ScheduledFuture<?> watchdog = WATCHDOG.schedule(() -> {
            if (p.isAlive()) {
                timedOut.set(true);
                p.destroyForcibly();
            }
        }, timeLimit.toMillis(), TimeUnit.MILLISECONDS);
        Runnable atEnd = () -> {
            try {
                if (!p.waitFor(30, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
                watchdog.cancel(false);
                if (timedOut.get()) {
                    throw new AudioDecodeException("decoding took longer than the limit of " + timeLimit.toSeconds() + " s");
                }
                if (p.exitValue() != 0) {
                    throw new AudioDecodeException("corrupt audio: ffmpeg failed: " + firstLine(readLog(errLog)));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                p.destroyForcibly();
                throw new AudioDecodeException("interrupted while decoding");
            }
        };
        Runnable onClose = () -> {
            watchdog.cancel(false);
            if (p.isAlive()) {
                p.destroyForcibly();
            }
            try {
                Files.deleteIfExists(errLog);
            } catch (IOException ignored) {
                // a leftover temp log is harmless
            }
        };
        return new PcmStream(p.getInputStream(), atEnd, onClose);
    }

    private Process start(List<String> cmd, ProcessBuilder.Redirect err) {
        try {
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            if (err != ProcessBuilder.Redirect.PIPE) {
                pb.redirectError(err);
            }
            return pb.start();
        } catch (IOException e) {
            throw new cn.esip.speech.SpeechUnavailableException(
                    "ffmpeg is not installed (Debian package ffmpeg; scripts/install-system-deps.sh): " + e.getMessage(), e);
        }
    }

    private static String readLog(Path log) {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private static String firstLine(String s) {
        String line = s == null ? "" : s.lines().filter(l -> !l.isBlank()).findFirst().orElse("").strip();
        return line.isEmpty() ? "no detail from the decoder" : line;
    }
}
