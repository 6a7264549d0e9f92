package cn.esip.speech.audio;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Content-based format detection for files. */
public final class AudioFiles {

    private AudioFiles() {
    }

    /** The container of {@code file}, from its first bytes; {@link UnsupportedAudioException} when it is not audio we accept. */
    public static AudioContainer sniff(Path file) {
        byte[] head = new byte[AudioContainer.SNIFF_BYTES];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        if (n == 0) {
            throw new UnsupportedAudioException("the input is empty");
        }
        return AudioContainer.sniff(head, n).orElseThrow(() -> new UnsupportedAudioException(
                "not a supported audio format (accepted: WAV, MP3, M4A/AAC, AMR, Ogg, FLAC; detected from content)"));
    }
}
