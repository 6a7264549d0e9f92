package cn.esip.speech.asr;

import java.util.List;

/**
 * One line of a transcript.
 *
 * @param index     position in the transcript, from 0
 * @param start     start in seconds
 * @param end       end in seconds
 * @param speaker   speaker label from turn detection ({@code S1}, {@code S2}, …)
 * @param turnStart true when the speaker differs from the previous segment's
 * @param text      recognised text (Chinese without spaces between words)
 * @param words     words with times and confidences
 */
public record Segment(int index, double start, double end, String speaker, boolean turnStart, String text, List<Word> words) {

    public Segment {
        words = List.copyOf(words);
    }
}
