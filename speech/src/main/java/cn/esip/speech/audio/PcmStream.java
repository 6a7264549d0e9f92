package cn.esip.speech.audio;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * 16 kHz mono 16-bit PCM read from a decoder. Reading to the end checks the decoder's outcome (a
 * failed decode throws {@link AudioDecodeException}); closing early stops the decoder.
 */
public class PcmStream extends FilterInputStream {

    private final Runnable atEnd;
    private final Runnable onClose;
    private long bytesRead;
    private boolean ended;
    private boolean closed;

    /**
     * @param pcm     the PCM bytes
     * @param atEnd   called once at end of stream; throws when the decoder failed
     * @param onClose called once on close (stops the decoder, removes temp files)
     */
    public PcmStream(InputStream pcm, Runnable atEnd, Runnable onClose) {
        super(pcm);
        this.atEnd = atEnd;
        this.onClose = onClose;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n;
        try {
            n = super.read(b, off, len);
        } catch (IOException e) {
            // a killed decoder closes its pipe: report why it was killed
            if (!ended) {
                ended = true;
                atEnd.run();
            }
            throw e;
        }
        if (n < 0) {
            if (!ended) {
                ended = true;
                atEnd.run();
                if (bytesRead == 0) {
                    throw new AudioDecodeException("no audio samples could be decoded from the input");
                }
            }
            return -1;
        }
        bytesRead += n;
        return n;
    }

    /** PCM bytes delivered so far. */
    public long bytesRead() {
        return bytesRead;
    }

    @Override
    public void close() throws IOException {
        if (!closed) {
            closed = true;
            try {
                super.close();
            } finally {
                onClose.run();
            }
        }
    }
}
