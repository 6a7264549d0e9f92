package cn.esip.api.cli;

import cn.esip.api.speech.TranscriptViews;
import cn.esip.models.ModelRegistry;
import cn.esip.speech.CancellationToken;
import cn.esip.speech.SpeechService;
import cn.esip.speech.asr.Segment;
import cn.esip.speech.asr.Transcript;
import cn.esip.speech.audio.AudioDecodeException;
import cn.esip.speech.audio.AudioInfo;
import cn.esip.speech.audio.UnsupportedAudioException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;

/** {@code esip transcribe FILE}: speech to time-stamped text with the installed Vosk model. */
@Command(name = "transcribe", mixinStandardHelpOptions = true,
        description = "Transcribe a recording (WAV, MP3, M4A/AAC, AMR, Ogg, FLAC) with the installed Vosk model.")
public final class TranscribeCommand implements Runnable {

    @Parameters(paramLabel = "FILE", description = "Audio file (format detected from its content).")
    Path file;

    @Option(names = "--json", description = "Print the transcript as JSON (segments, words, times, confidences, turns).")
    boolean json;

    @Override
    public void run() {
        if (!Files.isRegularFile(file)) {
            throw new EsipMain.UsageError("no such file: " + file);
        }
        try (SpeechService service = SpeechService.create(ModelRegistry.locate())) {
            AudioInfo info;
            try {
                info = service.inspect(file);
            } catch (UnsupportedAudioException | AudioDecodeException e) {
                throw new EsipMain.UsageError(file + ": " + e.getMessage());
            }
            String reason = service.recognitionUnavailableReason();
            if (reason != null) {
                throw new IllegalStateException(reason);
            }
            System.err.printf("transcribe: %s, %s %d Hz %d ch, %.1f s; decoder: %s; loading the model …%n", info.container(),
                    info.codec(), info.sampleRate(), info.channels(), info.durationSeconds(), service.decoder().name());
            long[] lastReport = {0};
            Transcript t = service.transcribe(file, (p, total) -> {
                long now = System.nanoTime();
                if (now - lastReport[0] > 2_000_000_000L) {
                    lastReport[0] = now;
                    System.err.printf("transcribe: %.0f / %.0f s%n", p, total);
                }
            }, CancellationToken.none());
            System.err.printf("transcribe: %.1f s of audio in %.1f s (real-time factor %.2f), model %s%n",
                    t.durationSeconds(), t.processingSeconds(), t.realTimeFactor(), t.model());
            if (json) {
                try {
                    System.out.println(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(TranscriptViews.of(t)));
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    throw new IllegalStateException(e);
                }
            } else {
                for (Segment s : t.segments()) {
                    System.out.printf("[%s - %s] %s%s: %s%n", clock(s.start()), clock(s.end()), s.turnStart() ? "» " : "",
                            s.speaker(), s.text());
                }
            }
        }
    }

    static String clock(double seconds) {
        long ms = Math.round(seconds * 1000);
        return String.format("%02d:%02d:%02d.%02d", ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60, ms % 1000 / 10);
    }
}
