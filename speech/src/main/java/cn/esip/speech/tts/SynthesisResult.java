package cn.esip.speech.tts;

/**
 * A synthesized text.
 *
 * @param audio             the speech (espeak-ng: 22,050 Hz mono 16-bit)
 * @param sentences         how many pieces the text was split into
 * @param processingSeconds wall-clock synthesis time
 */
public record SynthesisResult(WavAudio audio, int sentences, double processingSeconds) {

    /** Synthesis time divided by the duration of the speech produced. */
    public double realTimeFactor() {
        double d = audio.durationSeconds();
        return d > 0 ? processingSeconds / d : Double.NaN;
    }
}
