package cn.esip.api.speech;

import cn.esip.speech.asr.Transcript;

import java.util.LinkedHashMap;
import java.util.Map;

/** The JSON shape of a transcript, shared by the REST API and {@code esip transcribe --json}. */
public final class TranscriptViews {

    private TranscriptViews() {
    }

    public static Map<String, Object> of(Transcript t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("model", t.model());
        m.put("durationSeconds", round(t.durationSeconds()));
        m.put("processingSeconds", round(t.processingSeconds()));
        m.put("realTimeFactor", round(t.realTimeFactor()));
        m.put("text", t.text());
        m.put("segments", t.segments());
        m.put("turns", t.turns());
        m.put("turnDetection", "energy VAD + pause (>= 0.3 s) + median pitch clustering (2.5 semitones); not speaker identification");
        return m;
    }

    private static double round(double v) {
        return Double.isNaN(v) ? 0 : Math.round(v * 1000) / 1000.0;
    }
}
