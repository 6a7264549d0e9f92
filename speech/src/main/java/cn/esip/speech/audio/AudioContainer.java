package cn.esip.speech.audio;

import java.util.Optional;

/** Audio file formats the platform accepts, recognised from their first bytes (never from the file name). */
public enum AudioContainer {
    WAV, MP3, MP4_AAC, ADTS_AAC, AMR_NB, AMR_WB, OGG, FLAC;

    /** Bytes {@link #sniff} needs at most. */
    public static final int SNIFF_BYTES = 16;

    /** The container whose signature starts {@code head}, or empty when it is not audio we accept. */
    public static Optional<AudioContainer> sniff(byte[] head, int len) {
        if (startsWith(head, len, 0, "RIFF") && startsWith(head, len, 8, "WAVE")
                || startsWith(head, len, 0, "RF64") && startsWith(head, len, 8, "WAVE")) {
            return Optional.of(WAV);
        }
        if (startsWith(head, len, 0, "#!AMR-WB\n")) {
            return Optional.of(AMR_WB);
        }
        if (startsWith(head, len, 0, "#!AMR\n")) {
            return Optional.of(AMR_NB);
        }
        if (startsWith(head, len, 4, "ftyp")) {
            return Optional.of(MP4_AAC);
        }
        if (startsWith(head, len, 0, "OggS")) {
            return Optional.of(OGG);
        }
        if (startsWith(head, len, 0, "fLaC")) {
            return Optional.of(FLAC);
        }
        if (startsWith(head, len, 0, "ID3")) {
            return Optional.of(MP3);
        }
        if (len >= 2 && (head[0] & 0xFF) == 0xFF) {
            int b1 = head[1] & 0xFF;
            if ((b1 & 0xF6) == 0xF0) {
                return Optional.of(ADTS_AAC); // 12-bit sync, layer 00
            }
            if ((b1 & 0xE0) == 0xE0 && (b1 & 0x06) != 0) {
                return Optional.of(MP3); // 11-bit MPEG audio frame sync with a layer set
            }
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] head, int len, int at, String sig) {
        if (len < at + sig.length()) {
            return false;
        }
        for (int i = 0; i < sig.length(); i++) {
            if (head[at + i] != (byte) sig.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
