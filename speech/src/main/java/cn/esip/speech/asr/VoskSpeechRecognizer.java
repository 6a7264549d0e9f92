package cn.esip.speech.asr;

import cn.esip.speech.SpeechUnavailableException;
import org.vosk.LibVosk;
import org.vosk.LogLevel;
import org.vosk.Model;
import org.vosk.Recognizer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Speech recognition with a Vosk model through Vosk's Java binding (native libvosk from the vosk jar). */
public final class VoskSpeechRecognizer implements SpeechRecognizer {

    private static volatile boolean nativeReady;

    private final String modelId;
    private final Model model;

    private VoskSpeechRecognizer(String modelId, Model model) {
        this.modelId = modelId;
        this.model = model;
    }

    /**
     * Loads the native library (once) and sets Vosk's log level to warnings. Throws
     * {@link SpeechUnavailableException} when the native library cannot be loaded on this platform.
     */
    public static void loadNative() {
        if (nativeReady) {
            return;
        }
        synchronized (VoskSpeechRecognizer.class) {
            if (nativeReady) {
                return;
            }
            if (System.getProperty("jna.encoding") == null) {
                System.setProperty("jna.encoding", "UTF-8"); // Vosk returns UTF-8 JSON
            }
            try {
                LibVosk.setLogLevel(LogLevel.WARNINGS);
            } catch (UnsatisfiedLinkError | NoClassDefFoundError e) {
                throw new SpeechUnavailableException("the Vosk native library cannot be loaded here: " + e.getMessage(), e);
            }
            nativeReady = true;
        }
    }

    /** Loads the model in {@code dir}; a missing, incomplete or unloadable model is a {@link SpeechUnavailableException}. */
    public static VoskSpeechRecognizer load(String modelId, Path dir) {
        List<String> problems = VoskModelLayout.problems(dir);
        if (!problems.isEmpty()) {
            throw new SpeechUnavailableException("speech model '" + modelId + "' in " + dir + " is not a usable Vosk model: "
                    + String.join("; ", problems));
        }
        loadNative();
        try {
            return new VoskSpeechRecognizer(modelId, new Model(dir.toString()));
        } catch (IOException e) {
            throw new SpeechUnavailableException("Vosk could not load the speech model in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Calls Vosk's model constructor directly, without the layout check (to exercise the native error path). */
    static Model openRaw(Path dir) throws IOException {
        loadNative();
        return new Model(dir.toString());
    }

    @Override
    public String modelId() {
        return modelId;
    }

    @Override
    public RecognitionSession newSession(float sampleRate) {
        try {
            Recognizer r = new Recognizer(model, sampleRate);
            r.setWords(true);
            return new Session(r);
        } catch (IOException e) {
            throw new SpeechUnavailableException("Vosk could not create a recogniser: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        model.close();
    }

    private static final class Session implements RecognitionSession {
        private final Recognizer recognizer;
        private boolean closed;

        Session(Recognizer recognizer) {
            this.recognizer = recognizer;
        }

        @Override
        public Optional<Utterance> accept(byte[] pcm, int len) {
            if (recognizer.acceptWaveForm(pcm, len)) {
                return VoskResults.parseFinal(recognizer.getResult());
            }
            return Optional.empty();
        }

        @Override
        public String partial() {
            return VoskResults.parsePartial(recognizer.getPartialResult());
        }

        @Override
        public Optional<Utterance> finish() {
            return VoskResults.parseFinal(recognizer.getFinalResult());
        }

        @Override
        public void close() {
            if (!closed) {
                closed = true;
                recognizer.close();
            }
        }
    }
}
