package cn.esip.speech.asr;

import cn.esip.speech.vad.SpeakerTurn;

import java.util.List;

/**
 * The result of transcribing a recording.
 *
 * @param model             id of the Vosk model used
 * @param durationSeconds   audio duration
 * @param processingSeconds wall-clock time spent
 * @param segments          recognised segments with words
 * @param turns             speaker turns from the energy/pitch turn detector
 */
public record Transcript(String model, double durationSeconds, double processingSeconds,
                         List<Segment> segments, List<SpeakerTurn> turns) {

    public Transcript {
        segments = List.copyOf(segments);
        turns = List.copyOf(turns);
    }

    /** Text of all segments, one per line. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (Segment s : segments) {
            if (!sb.isEmpty()) {
                sb.append('\n');
            }
            sb.append(s.text());
        }
        return sb.toString();
    }

    /** Processing time divided by audio duration. */
    public double realTimeFactor() {
        return durationSeconds > 0 ? processingSeconds / durationSeconds : Double.NaN;
    }
}
