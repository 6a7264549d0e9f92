package cn.esip.speech.asr;

import cn.esip.speech.CancellationToken;
import cn.esip.speech.ProgressListener;
import cn.esip.speech.audio.AudioDecodeException;
import cn.esip.speech.audio.Pcm16k;
import cn.esip.speech.audio.PcmChunker;
import cn.esip.speech.vad.EnergyVad;
import cn.esip.speech.vad.SpeakerTurn;
import cn.esip.speech.vad.SpeechRegion;
import cn.esip.speech.vad.TurnDetector;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The streaming transcription pipeline: reads 16 kHz mono PCM in chunks, feeds each chunk to the
 * recognition session and to the energy VAD, reports progress, honours cancellation between chunks
 * and a duration limit, then attributes segments to the speaker turns the {@link TurnDetector} marks.
 * Memory is one chunk plus the results, whatever the recording's length.
 */
public final class Transcriber {

    /** Default chunk length fed to the recogniser. */
    public static final int DEFAULT_CHUNK_MS = 250;

    private final SpeechRecognizer recognizer;
    private final PcmChunker chunker;
    private final TurnDetector turnDetector;
    private final double maxSeconds;

    /**
     * @param maxSeconds longest audio accepted; a longer stream stops with an {@link AudioDecodeException}
     */
    public Transcriber(SpeechRecognizer recognizer, int chunkMillis, TurnDetector turnDetector, double maxSeconds) {
        this.recognizer = recognizer;
        this.chunker = new PcmChunker(chunkMillis);
        this.turnDetector = turnDetector;
        this.maxSeconds = maxSeconds;
    }

    public Transcriber(SpeechRecognizer recognizer) {
        this(recognizer, DEFAULT_CHUNK_MS, new TurnDetector(), Double.POSITIVE_INFINITY);
    }

    /**
     * Transcribes a PCM stream.
     *
     * @param pcm          16 kHz mono s16le
     * @param totalSeconds the audio's duration when known (for progress), else NaN
     */
    public Transcript transcribe(InputStream pcm, double totalSeconds, ProgressListener progress, CancellationToken cancel) {
        long t0 = System.nanoTime();
        List<Utterance> utterances = new ArrayList<>();
        List<SpeechRegion> regions = new ArrayList<>();
        EnergyVad vad = new EnergyVad(regions::add);
        long bytes;
        try (RecognitionSession session = recognizer.newSession(Pcm16k.SAMPLE_RATE)) {
            bytes = chunker.run(pcm, (buf, len, offset) -> {
                double seconds = Pcm16k.seconds(offset + len);
                if (seconds > maxSeconds) {
                    throw new AudioDecodeException(String.format("the audio is longer than the limit of %.0f s", maxSeconds));
                }
                vad.accept(buf, len);
                session.accept(buf, len).ifPresent(utterances::add);
                progress.progress(seconds, totalSeconds);
            }, cancel);
            cancel.throwIfCancelled();
            session.finish().ifPresent(utterances::add);
        }
        vad.finish();
        double duration = Pcm16k.seconds(bytes);
        progress.progress(duration, duration);
        List<SpeakerTurn> turns = turnDetector.turns(regions);
        List<Segment> segments = attribute(utterances, turns);
        return new Transcript(recognizer.modelId(), duration, (System.nanoTime() - t0) / 1e9, segments, turns);
    }

    /**
     * Splits utterances into segments at speaker changes: each word gets the speaker of the turn its
     * midpoint falls in (or the previous word's), and consecutive words of one speaker form a segment.
     */
    static List<Segment> attribute(List<Utterance> utterances, List<SpeakerTurn> turns) {
        List<Segment> out = new ArrayList<>();
        String previous = null;
        for (Utterance u : utterances) {
            if (u.words().isEmpty()) {
                String speaker = speakerAt((u.start() + u.end()) / 2, turns).orElse(previous == null ? "S1" : previous);
                out.add(new Segment(out.size(), u.start(), u.end(), speaker, previous != null && !speaker.equals(previous),
                        u.text(), List.of()));
                previous = speaker;
                continue;
            }
            List<Word> run = new ArrayList<>();
            String runSpeaker = null;
            for (Word w : u.words()) {
                String fallback = runSpeaker != null ? runSpeaker : previous == null ? "S1" : previous;
                String speaker = speakerAt((w.start() + w.end()) / 2, turns).orElse(fallback);
                if (runSpeaker != null && !speaker.equals(runSpeaker)) {
                    previous = emit(out, run, runSpeaker, previous);
                    run.clear();
                }
                runSpeaker = speaker;
                run.add(w);
            }
            previous = emit(out, run, runSpeaker, previous);
        }
        return out;
    }

    private static String emit(List<Segment> out, List<Word> words, String speaker, String previous) {
        StringBuilder spaced = new StringBuilder();
        for (Word w : words) {
            spaced.append(spaced.isEmpty() ? "" : " ").append(w.word());
        }
        out.add(new Segment(out.size(), words.get(0).start(), words.get(words.size() - 1).end(), speaker,
                previous != null && !speaker.equals(previous), VoskResults.joinText(spaced.toString()), words));
        return speaker;
    }

    private static Optional<String> speakerAt(double t, List<SpeakerTurn> turns) {
        for (SpeakerTurn turn : turns) {
            if (t >= turn.startSeconds() - 0.15 && t <= turn.endSeconds() + 0.15) {
                return Optional.of(turn.speaker());
            }
        }
        return Optional.empty();
    }
}
