package cn.esip.speech.vad;

/**
 * A stretch of speech between pauses, as the energy VAD found it.
 *
 * @param startSeconds start time
 * @param endSeconds   end time
 * @param meanLevelDb  mean frame level in dBFS over the speech frames
 * @param medianPitchHz median fundamental frequency over voiced frames, or NaN when none was voiced
 */
public record SpeechRegion(double startSeconds, double endSeconds, double meanLevelDb, double medianPitchHz) {

    public double duration() {
        return endSeconds - startSeconds;
    }
}
