package cn.esip.speech.vad;

import cn.esip.speech.Fixtures;
import cn.esip.speech.audio.Pcm16k;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** VAD and turn marking on a dialogue of two espeak-ng voices (male default and the +f3 female variant). */
class VadAndTurnsTest {

    @TempDir
    static Path dir;
    static byte[] dialogue;
    /** start and end (s) of each utterance as placed in the dialogue */
    static final List<double[]> placed = new ArrayList<>();

    @BeforeAll
    static void buildDialogue() throws IOException {
        String[][] lines = {
                {null, "请问你叫什么名字？"},
                {"+f3", "我叫王小红。"},
                {null, "你知道我们为什么来检查吗？"},
                {"+f3", "知道，是因为消防通道的问题。"}};
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] pause = new byte[Pcm16k.chunkBytes(900)];
        out.writeBytes(pause);
        int i = 0;
        for (String[] line : lines) {
            byte[] pcm = Fixtures.pcm16k(Fixtures.espeak(dir.resolve("l" + i++ + ".wav"), line[1], line[0]));
            double start = Pcm16k.seconds(out.size());
            out.writeBytes(pcm);
            placed.add(new double[]{start, Pcm16k.seconds(out.size())});
            out.writeBytes(pause);
        }
        dialogue = out.toByteArray();
    }

    @Test
    void vadFindsEachUtteranceAndItsBoundaries() {
        List<SpeechRegion> regions = new ArrayList<>();
        EnergyVad vad = new EnergyVad(regions::add);
        // feed in odd-sized chunks to exercise frame carry-over between chunks
        for (int off = 0; off < dialogue.length; off += 3002) {
            byte[] chunk = java.util.Arrays.copyOfRange(dialogue, off, Math.min(dialogue.length, off + 3002));
            vad.accept(chunk, chunk.length);
        }
        vad.finish();
        // espeak leaves short pauses inside a sentence (at commas), so an utterance may hold several regions,
        // but no region crosses the 900 ms gaps and together they cover each utterance
        for (double[] p : placed) {
            List<SpeechRegion> inside = regions.stream()
                    .filter(r -> r.endSeconds() > p[0] && r.startSeconds() < p[1]).toList();
            assertThat(inside).isNotEmpty();
            assertThat(inside.get(0).startSeconds()).isCloseTo(p[0], within(0.12));
            assertThat(inside.get(inside.size() - 1).endSeconds()).isCloseTo(p[1], within(0.35));
            assertThat(inside).allSatisfy(r -> assertThat(r.startSeconds()).isGreaterThan(p[0] - 0.12));
        }
        assertThat(regions).allSatisfy(r -> assertThat(placed.stream()
                .anyMatch(p -> r.startSeconds() >= p[0] - 0.12 && r.endSeconds() <= p[1] + 0.35)).isTrue());
    }

    @Test
    void turnsAlternateBetweenTheTwoVoices() {
        List<SpeechRegion> regions = new ArrayList<>();
        EnergyVad vad = new EnergyVad(regions::add);
        vad.accept(dialogue, dialogue.length);
        vad.finish();
        List<SpeakerTurn> turns = new TurnDetector().turns(regions);
        assertThat(turns).extracting(SpeakerTurn::speaker).containsExactly("S1", "S2", "S1", "S2");
        for (int i = 0; i < 4; i++) {
            assertThat(turns.get(i).startSeconds()).isCloseTo(placed.get(i)[0], within(0.12));
        }
        assertThat(turns.get(1).pitchHz()).isGreaterThan(turns.get(0).pitchHz() * 1.3);
    }

    @Test
    void silenceHasNoRegions() {
        assertThat(EnergyVad.collect(new byte[Pcm16k.chunkBytes(3000)])).isEmpty();
        assertThat(new TurnDetector().turns(List.of())).isEmpty();
    }
}
