package cn.esip.speech;

import cn.esip.models.ModelRegistry;
import cn.esip.speech.asr.SpeechModels;
import cn.esip.speech.asr.SpeechRecognizer;
import cn.esip.speech.asr.Transcriber;
import cn.esip.speech.asr.Transcript;
import cn.esip.speech.asr.VoskSpeechRecognizer;
import cn.esip.speech.audio.AudioDecodeException;
import cn.esip.speech.audio.AudioDecoder;
import cn.esip.speech.audio.AudioDecoders;
import cn.esip.speech.audio.AudioInfo;
import cn.esip.speech.audio.PcmStream;
import cn.esip.speech.tts.EspeakSynthesizer;
import cn.esip.speech.tts.SynthesisOptions;
import cn.esip.speech.tts.SynthesisResult;
import cn.esip.speech.vad.TurnDetector;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The speech service behind the CLI and the REST API: checks and decodes audio files, transcribes
 * them with the Vosk model (loaded on first use and shared), and synthesizes speech with espeak-ng.
 */
public final class SpeechService implements AutoCloseable {

    /** Default longest recording accepted: 4 hours. */
    public static final double DEFAULT_MAX_SECONDS = 4 * 3600;

    private final SpeechModels models;
    private final AudioDecoder decoder;
    private final EspeakSynthesizer synthesizer;
    private final double maxSeconds;
    private volatile SpeechRecognizer recognizer;

    public SpeechService(SpeechModels models, AudioDecoder decoder, EspeakSynthesizer synthesizer, double maxSeconds) {
        this.models = models;
        this.decoder = decoder;
        this.synthesizer = synthesizer;
        this.maxSeconds = maxSeconds;
    }

    /** A service around an already loaded recogniser (embedding, tests of the layers above). */
    public SpeechService(SpeechRecognizer loaded, AudioDecoder decoder, EspeakSynthesizer synthesizer, double maxSeconds) {
        this((SpeechModels) null, decoder, synthesizer, maxSeconds);
        this.recognizer = java.util.Objects.requireNonNull(loaded);
    }

    /** The service configured from the environment ({@code ESIP_VOSK_MODEL}, {@code ESIP_VOSK_MODEL_ID}) and the registry. */
    public static SpeechService create(ModelRegistry registry) {
        return new SpeechService(SpeechModels.fromEnvironment(registry), AudioDecoders.best(), new EspeakSynthesizer(),
                DEFAULT_MAX_SECONDS);
    }

    public AudioDecoder decoder() {
        return decoder;
    }

    public double maxSeconds() {
        return maxSeconds;
    }

    /** Why recognition is not available here, or null when a model is installed (the model is not loaded). */
    public String recognitionUnavailableReason() {
        return recognizer != null ? null : models.unavailableReason();
    }

    /** The loaded recogniser; loads the model on first use. */
    public SpeechRecognizer recognizer() {
        SpeechRecognizer r = recognizer;
        if (r == null) {
            synchronized (this) {
                r = recognizer;
                if (r == null) {
                    SpeechModels.Choice choice = models.choose();
                    r = VoskSpeechRecognizer.load(choice.id(), choice.dir());
                    recognizer = r;
                }
            }
        }
        return r;
    }

    /** Checks that {@code file} is decodable audio within the duration limit; returns what the probe found. */
    public AudioInfo inspect(Path file) {
        AudioInfo info = decoder.probe(file);
        if (info.durationSeconds() > maxSeconds) {
            throw new AudioDecodeException(String.format("the recording is %.0f s long; the limit is %.0f s",
                    info.durationSeconds(), maxSeconds));
        }
        return info;
    }

    /** Transcribes an audio file (streaming; progress and cancellation between chunks). */
    public Transcript transcribe(Path file, ProgressListener progress, CancellationToken cancel) {
        AudioInfo info = inspect(file);
        SpeechRecognizer r = recognizer();
        Transcriber transcriber = new Transcriber(r, Transcriber.DEFAULT_CHUNK_MS, new TurnDetector(), maxSeconds);
        try (PcmStream pcm = decoder.open(file, decodeLimit(info.durationSeconds()))) {
            return transcriber.transcribe(pcm, info.durationSeconds(), progress, cancel);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Time allowed for decoding while the recogniser consumes the audio: 2 minutes plus 3× the duration. */
    public Duration decodeLimit(double durationSeconds) {
        double d = Double.isNaN(durationSeconds) ? maxSeconds : durationSeconds;
        return Duration.ofSeconds(120 + (long) Math.ceil(3 * d));
    }

    /** Synthesizes Mandarin text to WAV. */
    public SynthesisResult synthesize(String text, SynthesisOptions options) {
        return synthesizer.synthesize(text, options);
    }

    @Override
    public synchronized void close() {
        if (recognizer != null) {
            recognizer.close();
            recognizer = null;
        }
    }
}
