package cn.esip.speech.vad;

import cn.esip.speech.audio.Pcm16k;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * Streaming voice-activity detector on 16 kHz mono PCM. Frames of 32 ms are speech when their RMS
 * level is at least {@code marginDb} above an adaptive noise floor (which falls at once and rises by
 * 0.02 dB per frame) and above {@code minLevelDb}. A region closes after {@code minPauseMs} of
 * non-speech; regions shorter than {@code minSpeechMs} are dropped. For each voiced frame the pitch
 * is estimated by normalised autocorrelation (80–400 Hz). Memory: one frame plus the current region's
 * pitch values (capped), whatever the recording's length.
 */
public final class EnergyVad {

    /** Frame length in samples (32 ms). */
    public static final int FRAME = 512;
    private static final int MIN_LAG = Pcm16k.SAMPLE_RATE / 400;
    private static final int MAX_LAG = Pcm16k.SAMPLE_RATE / 80;
    private static final int MAX_PITCH_VALUES = 4096;

    private final double marginDb;
    private final double minLevelDb;
    private final int minPauseFrames;
    private final int minSpeechFrames;
    private final Consumer<SpeechRegion> sink;

    private final double[] frame = new double[FRAME];
    private int filled;
    private long frameIndex;
    private double noiseFloor = Double.NaN;

    private boolean inSpeech;
    private long regionStart;
    private long lastSpeechFrame;
    private double levelSum;
    private int levelCount;
    private final double[] pitches = new double[MAX_PITCH_VALUES];
    private int pitchCount;

    /** Defaults: margin 12 dB, floor −50 dBFS, pause 300 ms, minimum speech 120 ms. */
    public EnergyVad(Consumer<SpeechRegion> sink) {
        this(12, -50, 300, 120, sink);
    }

    public EnergyVad(double marginDb, double minLevelDb, int minPauseMs, int minSpeechMs, Consumer<SpeechRegion> sink) {
        this.marginDb = marginDb;
        this.minLevelDb = minLevelDb;
        this.minPauseFrames = Math.max(1, framesOf(minPauseMs));
        this.minSpeechFrames = Math.max(1, framesOf(minSpeechMs));
        this.sink = sink;
    }

    private static int framesOf(int ms) {
        return (int) Math.round(ms / 1000.0 * Pcm16k.SAMPLE_RATE / FRAME);
    }

    /** Collects all regions of a recording (convenience for callers that want a list). */
    public static List<SpeechRegion> collect(byte[] pcm) {
        List<SpeechRegion> out = new ArrayList<>();
        EnergyVad vad = new EnergyVad(out::add);
        vad.accept(pcm, pcm.length);
        vad.finish();
        return out;
    }

    /** Feeds {@code len} bytes of 16 kHz mono s16le PCM. */
    public void accept(byte[] buf, int len) {
        int samples = len / 2;
        for (int i = 0; i < samples; i++) {
            frame[filled++] = Pcm16k.sample(buf, i) / 32768.0;
            if (filled == FRAME) {
                processFrame();
                filled = 0;
            }
        }
    }

    /** Ends the stream: closes an open region. */
    public void finish() {
        if (inSpeech) {
            closeRegion();
        }
    }

    private static double seconds(long frames) {
        return frames * (double) FRAME / Pcm16k.SAMPLE_RATE;
    }

    private void processFrame() {
        double energy = 0;
        for (double v : frame) {
            energy += v * v;
        }
        double db = 10 * Math.log10(Math.max(energy / FRAME, 1e-10));
        if (Double.isNaN(noiseFloor) || db < noiseFloor) {
            noiseFloor = db;
        } else {
            noiseFloor += 0.02;
        }
        boolean speech = db >= Math.max(noiseFloor + marginDb, minLevelDb);
        if (speech) {
            if (!inSpeech) {
                inSpeech = true;
                regionStart = frameIndex;
                levelSum = 0;
                levelCount = 0;
                pitchCount = 0;
            }
            lastSpeechFrame = frameIndex;
            levelSum += db;
            levelCount++;
            double f0 = pitch();
            if (!Double.isNaN(f0) && pitchCount < MAX_PITCH_VALUES) {
                pitches[pitchCount++] = f0;
            }
        } else if (inSpeech && frameIndex - lastSpeechFrame >= minPauseFrames) {
            closeRegion();
        }
        frameIndex++;
    }

    private void closeRegion() {
        inSpeech = false;
        long frames = lastSpeechFrame - regionStart + 1;
        if (frames < minSpeechFrames) {
            return;
        }
        double median = Double.NaN;
        if (pitchCount > 0) {
            double[] p = Arrays.copyOf(pitches, pitchCount);
            Arrays.sort(p);
            median = p[pitchCount / 2];
        }
        sink.accept(new SpeechRegion(seconds(regionStart), seconds(lastSpeechFrame + 1), levelSum / levelCount, median));
    }

    /** Pitch of the current frame in Hz, or NaN when it is not clearly voiced. */
    private double pitch() {
        double best = 0;
        double[] r = new double[MAX_LAG + 1];
        for (int lag = MIN_LAG; lag <= MAX_LAG; lag++) {
            double xy = 0;
            double xx = 0;
            double yy = 0;
            for (int i = 0; i + lag < FRAME; i++) {
                xy += frame[i] * frame[i + lag];
                xx += frame[i] * frame[i];
                yy += frame[i + lag] * frame[i + lag];
            }
            r[lag] = xx > 0 && yy > 0 ? xy / Math.sqrt(xx * yy) : 0;
            best = Math.max(best, r[lag]);
        }
        if (best < 0.6) {
            return Double.NaN;
        }
        // the shortest lag close to the best peak avoids picking a sub-harmonic
        for (int lag = MIN_LAG + 1; lag < MAX_LAG; lag++) {
            if (r[lag] >= 0.9 * best && r[lag] >= r[lag - 1] && r[lag] >= r[lag + 1]) {
                return Pcm16k.SAMPLE_RATE / (double) lag;
            }
        }
        return Double.NaN;
    }
}
