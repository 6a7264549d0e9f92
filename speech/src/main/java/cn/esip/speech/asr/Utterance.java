package cn.esip.speech.asr;

import java.util.List;

/** A final recognition result for one stretch of speech the recogniser ended at a pause. */
public record Utterance(double start, double end, String text, List<Word> words) {

    public Utterance {
        words = List.copyOf(words);
    }
}
