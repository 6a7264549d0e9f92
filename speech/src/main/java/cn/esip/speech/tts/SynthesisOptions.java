package cn.esip.speech.tts;

import java.util.regex.Pattern;

/**
 * Options of one synthesis.
 *
 * @param voice  espeak-ng voice ({@code cmn-latn-pinyin} for Mandarin; letters, digits, '-', '+' only)
 * @param rate   words per minute, 80–450 (espeak-ng's default is 175)
 * @param pitch  0–99 (default 50)
 * @param pinyin convert Hanzi to pinyin with HanLP before espeak-ng (better polyphones)
 * @param gapMs  silence between sentences, 0–2000 ms
 */
public record SynthesisOptions(String voice, int rate, int pitch, boolean pinyin, int gapMs) {

    private static final Pattern VOICE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9+\\-_]{0,40}");
    public static final String DEFAULT_VOICE = "cmn-latn-pinyin";

    public SynthesisOptions {
        if (voice == null || voice.isBlank()) {
            voice = DEFAULT_VOICE;
        }
        if (!VOICE.matcher(voice).matches()) {
            throw new IllegalArgumentException("invalid voice name: " + voice);
        }
        if (rate < 80 || rate > 450) {
            throw new IllegalArgumentException("rate must be 80–450 words per minute, got " + rate);
        }
        if (pitch < 0 || pitch > 99) {
            throw new IllegalArgumentException("pitch must be 0–99, got " + pitch);
        }
        if (gapMs < 0 || gapMs > 2000) {
            throw new IllegalArgumentException("gap must be 0–2000 ms, got " + gapMs);
        }
    }

    /** Mandarin voice, 175 wpm, pitch 50, pinyin conversion on, 250 ms between sentences. */
    public static SynthesisOptions defaults() {
        return new SynthesisOptions(DEFAULT_VOICE, 175, 50, true, 250);
    }

    public SynthesisOptions withRate(int r) {
        return new SynthesisOptions(voice, r, pitch, pinyin, gapMs);
    }

    public SynthesisOptions withPitch(int p) {
        return new SynthesisOptions(voice, rate, p, pinyin, gapMs);
    }

    public SynthesisOptions withVoice(String v) {
        return new SynthesisOptions(v, rate, pitch, pinyin, gapMs);
    }

    public SynthesisOptions withPinyin(boolean p) {
        return new SynthesisOptions(voice, rate, pitch, p, gapMs);
    }
}
