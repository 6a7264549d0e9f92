package cn.esip.speech.asr;

/** One recognised word with its times (seconds from the start of the audio) and the recogniser's confidence (0–1). */
public record Word(String word, double start, double end, double confidence) {
}
