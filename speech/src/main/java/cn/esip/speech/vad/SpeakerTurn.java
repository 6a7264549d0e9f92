package cn.esip.speech.vad;

/**
 * A stretch of the recording attributed to one (anonymous) speaker.
 *
 * @param speaker      label {@code S1}, {@code S2}, … in order of first appearance
 * @param startSeconds start of the turn's first speech region
 * @param endSeconds   end of its last speech region
 * @param pitchHz      median pitch of the turn's regions in Hz (0 when no frame was voiced)
 */
public record SpeakerTurn(String speaker, double startSeconds, double endSeconds, double pitchHz) {
}
