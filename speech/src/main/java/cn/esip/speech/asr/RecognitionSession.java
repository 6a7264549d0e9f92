package cn.esip.speech.asr;

import java.util.Optional;

/** Recognition of one audio stream: feed PCM chunks, get final utterances at pauses and partial text in between. */
public interface RecognitionSession extends AutoCloseable {

    /** Feeds PCM 16-bit little-endian mono; returns an utterance when the recogniser ended one. */
    Optional<Utterance> accept(byte[] pcm, int len);

    /** The text recognised so far in the current (unfinished) utterance. */
    String partial();

    /** Ends the stream and returns the last utterance, if any. */
    Optional<Utterance> finish();

    @Override
    void close();
}
