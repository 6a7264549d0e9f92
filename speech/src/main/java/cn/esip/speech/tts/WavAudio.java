package cn.esip.speech.tts;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** PCM audio with its format, parsed from or written to a canonical RIFF/WAVE file. */
public record WavAudio(int sampleRate, int channels, int bitsPerSample, byte[] pcm) {

    /** Duration in seconds. */
    public double durationSeconds() {
        return pcm.length / (double) (sampleRate * channels * (bitsPerSample / 8));
    }

    /**
     * Parses a PCM WAV. The data chunk runs to the end of the bytes whatever its header says
     * (espeak-ng writes a bogus length when it writes to a pipe).
     */
    public static WavAudio parse(byte[] wav) {
        if (wav.length < 44 || !ascii(wav, 0, "RIFF") || !ascii(wav, 8, "WAVE")) {
            throw new IllegalArgumentException("not a WAV file");
        }
        ByteBuffer b = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
        int pos = 12;
        int rate = 0;
        int channels = 0;
        int bits = 0;
        while (pos + 8 <= wav.length) {
            int size = b.getInt(pos + 4);
            if (ascii(wav, pos, "fmt ")) {
                if (b.getShort(pos + 8) != 1) {
                    throw new IllegalArgumentException("WAV is not PCM");
                }
                channels = b.getShort(pos + 10);
                rate = b.getInt(pos + 12);
                bits = b.getShort(pos + 22);
            } else if (ascii(wav, pos, "data")) {
                if (rate == 0) {
                    throw new IllegalArgumentException("WAV without fmt chunk before data");
                }
                int start = pos + 8;
                int len = wav.length - start;
                int frame = channels * bits / 8;
                len -= len % frame;
                byte[] pcm = new byte[len];
                System.arraycopy(wav, start, pcm, 0, len);
                return new WavAudio(rate, channels, bits, pcm);
            }
            if (size < 0 || pos + 8L + size > wav.length) {
                break;
            }
            pos += 8 + size + (size & 1);
        }
        throw new IllegalArgumentException("WAV without data chunk");
    }

    /** A canonical 44-byte-header WAV of this audio. */
    public byte[] toWav() {
        ByteBuffer h = ByteBuffer.allocate(44).order(ByteOrder.LITTLE_ENDIAN);
        int blockAlign = channels * bitsPerSample / 8;
        h.put("RIFF".getBytes()).putInt(36 + pcm.length).put("WAVE".getBytes());
        h.put("fmt ".getBytes()).putInt(16).putShort((short) 1).putShort((short) channels).putInt(sampleRate)
                .putInt(sampleRate * blockAlign).putShort((short) blockAlign).putShort((short) bitsPerSample);
        h.put("data".getBytes()).putInt(pcm.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream(44 + pcm.length);
        out.writeBytes(h.array());
        out.writeBytes(pcm);
        return out.toByteArray();
    }

    private static boolean ascii(byte[] b, int at, String s) {
        if (at + s.length() > b.length) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (b[at + i] != (byte) s.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
