package cn.esip.api.speech;

import cn.esip.speech.asr.RecognitionSession;
import cn.esip.speech.asr.SpeechRecognizer;
import cn.esip.speech.asr.Utterance;

import java.util.Optional;

/**
 * A recogniser for tests about what surrounds recognition (endpoints, jobs): it sleeps a little per chunk so
 * that work can be observed and cancelled, and emits what {@link Output} makes of the bytes seen so far.
 */
final class StandInRecognizer implements SpeechRecognizer {

    /** What a session emits after a chunk took its byte count from {@code before} to {@code after}. */
    interface Output {
        Optional<Utterance> after(long before, long after);
    }

    private final String id;
    private final long sleepMillis;
    private final Output output;

    StandInRecognizer(String id, long sleepMillis, Output output) {
        this.id = id;
        this.sleepMillis = sleepMillis;
        this.output = output;
    }

    @Override
    public String modelId() {
        return id;
    }

    @Override
    public RecognitionSession newSession(float rate) {
        return new RecognitionSession() {
            long bytes;

            @Override
            public Optional<Utterance> accept(byte[] pcm, int len) {
                long before = bytes;
                bytes += len;
                try {
                    Thread.sleep(sleepMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return output.after(before, bytes);
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
            }
        };
    }

    @Override
    public void close() {
    }
}
