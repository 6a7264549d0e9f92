package cn.esip.speech;

import cn.esip.speech.audio.Pcm16k;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Real test audio: speech made by espeak-ng and converted with ffmpeg (both Debian packages). */
public final class Fixtures {

    private Fixtures() {
    }

    /** Runs a command, failing the test with its output when it fails. */
    public static void run(String... cmd) {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", cmd) + " failed: " + new String(out));
            }
        } catch (IOException e) {
            throw new IllegalStateException(String.join(" ", cmd) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** espeak-ng's Mandarin voice (optionally a variant such as {@code +f3}) speaking {@code text} into a 22,050 Hz WAV. */
    public static Path espeak(Path out, String text, String variant) {
        run("espeak-ng", "-v", "cmn-latn-pinyin" + (variant == null ? "" : variant), "-w", out.toString(), text);
        return out;
    }

    /** ffmpeg conversion with the given output options. */
    public static Path ffmpeg(Path in, Path out, String... options) {
        List<String> cmd = new ArrayList<>(List.of("ffmpeg", "-nostdin", "-v", "error", "-y", "-i", in.toString()));
        cmd.addAll(List.of(options));
        cmd.add(out.toString());
        run(cmd.toArray(String[]::new));
        return out;
    }

    /** Raw 16 kHz mono s16le of an audio file, via ffmpeg (reference decoding for comparisons). */
    public static byte[] pcm16k(Path in) throws IOException {
        Path raw = Files.createTempFile("esip-ref-", ".raw");
        try {
            ffmpeg(in, raw, "-ac", "1", "-ar", "16000", "-f", "s16le");
            return Files.readAllBytes(raw);
        } finally {
            Files.deleteIfExists(raw);
        }
    }

    /** A structurally valid AMR-NB file (12.2 kbit/s frames with pseudo-random payload): Debian's ffmpeg has no AMR encoder. */
    public static Path amrNb(Path out, int frames) throws IOException {
        java.util.Random rnd = new java.util.Random(42);
        ByteBuffer b = ByteBuffer.allocate(6 + frames * 32);
        b.put("#!AMR\n".getBytes());
        for (int i = 0; i < frames; i++) {
            b.put((byte) 0x3C); // frame type 7 (MR122), quality bit set
            byte[] payload = new byte[31];
            rnd.nextBytes(payload);
            b.put(payload);
        }
        return Files.write(out, b.array());
    }

    /** RMS level per 20 ms window of 16 kHz PCM. */
    public static double[] envelope(byte[] pcm16k) {
        int win = Pcm16k.SAMPLE_RATE / 50;
        int n = pcm16k.length / 2 / win;
        double[] env = new double[n];
        ByteBuffer b = ByteBuffer.wrap(pcm16k).order(ByteOrder.LITTLE_ENDIAN);
        for (int w = 0; w < n; w++) {
            double s = 0;
            for (int i = 0; i < win; i++) {
                double v = b.getShort((w * win + i) * 2) / 32768.0;
                s += v * v;
            }
            env[w] = Math.sqrt(s / win);
        }
        return env;
    }

    /** Best Pearson correlation of two envelopes over shifts of up to {@code maxShift} windows (codec delay). */
    public static double bestCorrelation(double[] a, double[] b, int maxShift) {
        double best = -1;
        for (int shift = -maxShift; shift <= maxShift; shift++) {
            int n = 0;
            double sa = 0, sb = 0, saa = 0, sbb = 0, sab = 0;
            for (int i = 0; i < a.length; i++) {
                int j = i + shift;
                if (j < 0 || j >= b.length) {
                    continue;
                }
                n++;
                sa += a[i];
                sb += b[j];
                saa += a[i] * a[i];
                sbb += b[j] * b[j];
                sab += a[i] * b[j];
            }
            if (n < 10) {
                continue;
            }
            double cov = sab - sa * sb / n;
            double va = saa - sa * sa / n;
            double vb = sbb - sb * sb / n;
            if (va > 0 && vb > 0) {
                best = Math.max(best, cov / Math.sqrt(va * vb));
            }
        }
        return best;
    }
}
