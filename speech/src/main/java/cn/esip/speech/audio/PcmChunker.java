package cn.esip.speech.audio;

import cn.esip.speech.CancellationToken;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Reads PCM in fixed-size chunks into one reused buffer (memory stays at one chunk whatever the
 * recording's length), checking for cancellation before each chunk.
 */
public final class PcmChunker {

    /** Receives one chunk; the buffer is reused, so copy what must outlive the call. */
    @FunctionalInterface
    public interface ChunkConsumer {
        void accept(byte[] buf, int len, long offsetBytes);
    }

    private final int chunkBytes;

    /** @param chunkMillis chunk length in milliseconds of 16 kHz mono 16-bit audio */
    public PcmChunker(int chunkMillis) {
        if (chunkMillis < 10 || chunkMillis > 10_000) {
            throw new IllegalArgumentException("chunk length must be 10–10000 ms, got " + chunkMillis);
        }
        this.chunkBytes = Pcm16k.chunkBytes(chunkMillis);
    }

    public int chunkBytes() {
        return chunkBytes;
    }

    /** Feeds the whole stream to {@code consumer}; returns the number of PCM bytes read. */
    public long run(InputStream pcm, ChunkConsumer consumer, CancellationToken cancel) {
        byte[] buf = new byte[chunkBytes];
        long offset = 0;
        try {
            while (true) {
                cancel.throwIfCancelled();
                int n = pcm.readNBytes(buf, 0, buf.length);
                n -= n % Pcm16k.BYTES_PER_SAMPLE;
                if (n <= 0) {
                    return offset;
                }
                consumer.accept(buf, n, offset);
                offset += n;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading audio failed: " + e.getMessage(), e);
        }
    }
}
