package cn.esip.speech.vad;

import java.util.ArrayList;
import java.util.List;

/**
 * Marks speaker turns from VAD regions by pause and pitch. A new turn can only begin after a pause of
 * at least {@code minTurnPauseSeconds}; there the region's median pitch (in semitones) is compared
 * with the speakers seen so far: within {@code toleranceSemitones} of a speaker's running mean it is
 * that speaker, otherwise a new speaker (up to {@code maxSpeakers}, after that the nearest one).
 * Regions without a voiced pitch stay with the current speaker. This is a heuristic for alternating
 * speakers of clearly different voice pitch (officer/party); it is not speaker identification.
 */
public final class TurnDetector {

    private final double minTurnPauseSeconds;
    private final double toleranceSemitones;
    private final int maxSpeakers;

    /** Defaults: pause 0.3 s, tolerance 2.5 semitones, at most 4 speakers. */
    public TurnDetector() {
        this(0.3, 2.5, 4);
    }

    public TurnDetector(double minTurnPauseSeconds, double toleranceSemitones, int maxSpeakers) {
        this.minTurnPauseSeconds = minTurnPauseSeconds;
        this.toleranceSemitones = toleranceSemitones;
        this.maxSpeakers = maxSpeakers;
    }

    private static final class Speaker {
        final String label;
        double meanSemitones;
        int n;

        Speaker(String label) {
            this.label = label;
        }
    }

    /** Turns over the regions, in time order; consecutive regions of one speaker form one turn. */
    public List<SpeakerTurn> turns(List<SpeechRegion> regions) {
        List<Speaker> speakers = new ArrayList<>();
        List<SpeakerTurn> turns = new ArrayList<>();
        Speaker current = null;
        SpeechRegion prev = null;
        double turnStart = 0;
        double turnEnd = 0;
        List<Double> turnPitches = new ArrayList<>();
        for (SpeechRegion r : regions) {
            double st = semitones(r.medianPitchHz());
            Speaker chosen;
            if (current == null) {
                chosen = Double.isNaN(st) ? newSpeaker(speakers) : nearestOrNew(speakers, st);
            } else if (Double.isNaN(st) || r.startSeconds() - prev.endSeconds() < minTurnPauseSeconds) {
                chosen = current;
            } else {
                chosen = nearestOrNew(speakers, st);
            }
            if (!Double.isNaN(st)) {
                chosen.meanSemitones = (chosen.meanSemitones * chosen.n + st) / (chosen.n + 1);
                chosen.n++;
            }
            if (chosen != current) {
                if (current != null) {
                    turns.add(new SpeakerTurn(current.label, turnStart, turnEnd, median(turnPitches)));
                }
                current = chosen;
                turnStart = r.startSeconds();
                turnPitches.clear();
            }
            turnEnd = r.endSeconds();
            if (!Double.isNaN(r.medianPitchHz())) {
                turnPitches.add(r.medianPitchHz());
            }
            prev = r;
        }
        if (current != null) {
            turns.add(new SpeakerTurn(current.label, turnStart, turnEnd, median(turnPitches)));
        }
        return turns;
    }

    private Speaker nearestOrNew(List<Speaker> speakers, double st) {
        Speaker best = null;
        double bestDist = Double.MAX_VALUE;
        for (Speaker s : speakers) {
            double d = s.n == 0 ? Double.MAX_VALUE : Math.abs(s.meanSemitones - st);
            if (d < bestDist) {
                bestDist = d;
                best = s;
            }
        }
        if (best != null && (bestDist <= toleranceSemitones || speakers.size() >= maxSpeakers)) {
            return best;
        }
        return newSpeaker(speakers);
    }

    private static Speaker newSpeaker(List<Speaker> speakers) {
        Speaker s = new Speaker("S" + (speakers.size() + 1));
        speakers.add(s);
        return s;
    }

    private static double semitones(double hz) {
        return Double.isNaN(hz) || hz <= 0 ? Double.NaN : 12 * Math.log(hz / 100.0) / Math.log(2);
    }

    private static double median(List<Double> xs) {
        if (xs.isEmpty()) {
            return 0;
        }
        List<Double> s = new ArrayList<>(xs);
        s.sort(null);
        return s.get(s.size() / 2);
    }
}
