package cn.esip.speech.asr;

/** A loaded speech-recognition model that opens one session per audio stream. */
public interface SpeechRecognizer extends AutoCloseable {

    /** Id of the model (e.g. {@code vosk-model-small-cn-0.22}). */
    String modelId();

    /** A new recognition session for PCM 16-bit mono at {@code sampleRate} Hz. */
    RecognitionSession newSession(float sampleRate);

    @Override
    void close();
}
