package cn.esip.speech.tts;

/** Text-to-speech: Mandarin text in, WAV audio out. */
public interface SpeechSynthesizer {

    SynthesisResult synthesize(String text, SynthesisOptions options);
}
