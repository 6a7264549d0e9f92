package cn.esip.speech.asr;

import cn.esip.speech.CancellationToken;
import cn.esip.speech.audio.Pcm16k;
import cn.esip.speech.tts.EspeakSynthesizer;
import cn.esip.speech.tts.SynthesisOptions;
import cn.esip.speech.tts.WavAudio;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Transcribes synthesized Mandarin sentences with a real Vosk model and reports character error rate
 * and real-time factor. Needs a model directory in {@code $ESIP_VOSK_MODEL}; skipped otherwise.
 */
class VoskIntegrationTest {

    static final List<String> SENTENCES = List.of(
            "执法人员依法进行现场检查。",
            "当事人对检查结果没有异议。",
            "请你在笔录上签字确认。",
            "我们今天来检查消防安全。",
            "你单位的营业执照在哪里？");

    @Test
    void transcribesSynthesizedMandarin(@TempDir Path dir) throws Exception {
        String modelDir = System.getenv(SpeechModels.ENV_MODEL_DIR);
        Assumptions.assumeTrue(modelDir != null && !modelDir.isBlank(),
                "skipped: no Vosk model configured; set " + SpeechModels.ENV_MODEL_DIR
                        + " to an unpacked vosk-model-small-cn-0.22 directory to run this test");
        Path model = Paths.get(modelDir);
        Assumptions.assumeTrue(Files.isDirectory(model), "skipped: " + SpeechModels.ENV_MODEL_DIR + "=" + model + " does not exist");

        EspeakSynthesizer tts = new EspeakSynthesizer();
        try (VoskSpeechRecognizer vosk = VoskSpeechRecognizer.load(model.getFileName().toString(), model)) {
            int errors = 0;
            int chars = 0;
            double audio = 0;
            double cpu = 0;
            for (String s : SENTENCES) {
                WavAudio wav = tts.synthesize(s, SynthesisOptions.defaults().withRate(150)).audio();
                Path f = Files.write(dir.resolve("s.wav"), wav.toWav());
                byte[] pcm = cn.esip.speech.Fixtures.pcm16k(f);
                Transcript t = new Transcriber(vosk).transcribe(new ByteArrayInputStream(pcm), Pcm16k.seconds(pcm.length),
                        (p, tot) -> { }, CancellationToken.none());
                String ref = Cer.normalize(s);
                String hyp = Cer.normalize(t.text());
                errors += Cer.distance(ref, hyp);
                chars += ref.length();
                audio += t.durationSeconds();
                cpu += t.processingSeconds();
                System.out.printf("[vosk] ref=%s hyp=%s%n", ref, hyp);
                for (Segment seg : t.segments()) {
                    assertThat(seg.words()).allSatisfy(w -> {
                        assertThat(w.end()).isGreaterThanOrEqualTo(w.start());
                        assertThat(w.confidence()).isBetween(0.0, 1.0);
                    });
                }
            }
            double cer = errors / (double) chars;
            System.out.printf("[vosk] model=%s sentences=%d CER=%.3f RTF=%.3f (audio %.1f s)%n", vosk.modelId(),
                    SENTENCES.size(), cer, cpu / audio, audio);
            // espeak-ng's robotic Mandarin is far from Vosk's training data: this only checks it recognises something
            assertThat(cer).isLessThan(0.9);
        }
    }
}
