package cn.esip.speech.audio;

/** The one PCM format the recogniser and VAD work on: 16 kHz, mono, signed 16-bit little-endian. */
public final class Pcm16k {

    public static final int SAMPLE_RATE = 16_000;
    public static final int BYTES_PER_SAMPLE = 2;
    public static final int BYTES_PER_SECOND = SAMPLE_RATE * BYTES_PER_SAMPLE;

    private Pcm16k() {
    }

    /** Seconds of audio in {@code bytes} bytes of this format. */
    public static double seconds(long bytes) {
        return bytes / (double) BYTES_PER_SECOND;
    }

    /** Bytes of a chunk of {@code millis} milliseconds (always a whole number of samples). */
    public static int chunkBytes(int millis) {
        return Math.max(1, SAMPLE_RATE * millis / 1000) * BYTES_PER_SAMPLE;
    }

    /** Sample {@code i} of little-endian 16-bit PCM in {@code buf}. */
    public static short sample(byte[] buf, int i) {
        return (short) ((buf[2 * i] & 0xFF) | (buf[2 * i + 1] << 8));
    }
}
