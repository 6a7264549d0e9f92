package cn.esip.speech.audio;

import java.nio.file.Path;
import java.time.Duration;

/** Turns an audio file into a stream of 16 kHz mono 16-bit PCM ({@link Pcm16k}). */
public interface AudioDecoder {

    /** Reads the file's header: format, rate, channels, duration. Throws on non-audio or corrupt input. */
    AudioInfo probe(Path file);

    /**
     * Opens the file as 16 kHz mono PCM. The stream is produced while it is read (bounded memory);
     * decoding stops with an {@link AudioDecodeException} when it takes longer than {@code timeLimit}.
     */
    PcmStream open(Path file, Duration timeLimit);

    /** Name of the converter, for logs and documentation. */
    String name();
}
