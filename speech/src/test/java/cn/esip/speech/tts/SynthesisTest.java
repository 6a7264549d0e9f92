package cn.esip.speech.tts;

import cn.esip.speech.Fixtures;
import cn.esip.speech.audio.AudioContainer;
import cn.esip.speech.audio.FfmpegDecoder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Mandarin synthesis with the real espeak-ng. */
class SynthesisTest {

    final EspeakSynthesizer tts = new EspeakSynthesizer();

    @Test
    void synthesizesAValidWavWhoseHeaderMatchesItsData(@TempDir Path dir) throws Exception {
        SynthesisResult r = tts.synthesize("执法人员依法进行现场检查。", SynthesisOptions.defaults());
        byte[] wav = r.audio().toWav();
        assertThat(r.audio().sampleRate()).isEqualTo(22050);
        assertThat(r.audio().channels()).isEqualTo(1);
        assertThat(r.audio().durationSeconds()).isBetween(1.0, 6.0);
        int dataLen = java.nio.ByteBuffer.wrap(wav, 40, 4).order(java.nio.ByteOrder.LITTLE_ENDIAN).getInt();
        assertThat(dataLen).isEqualTo(wav.length - 44);
        Path f = Files.write(dir.resolve("out.wav"), wav);
        var info = new FfmpegDecoder().probe(f);
        assertThat(info.container()).isEqualTo(AudioContainer.WAV);
        assertThat(info.durationSeconds()).isCloseTo(r.audio().durationSeconds(), org.assertj.core.data.Offset.offset(0.01));
        assertThat(r.realTimeFactor()).isPositive();
    }

    @Test
    void longTextsAreSplitAtSentencesAndRateChangesDuration() {
        String sentence = "当事人对检查结果没有异议。";
        String text = sentence.repeat(12);
        SynthesisResult slow = tts.synthesize(text, SynthesisOptions.defaults().withRate(120));
        SynthesisResult fast = tts.synthesize(text, SynthesisOptions.defaults().withRate(300));
        assertThat(slow.sentences()).isEqualTo(12);
        assertThat(slow.audio().durationSeconds() / fast.audio().durationSeconds()).isGreaterThan(1.6);
        SynthesisResult one = tts.synthesize(sentence, SynthesisOptions.defaults().withRate(120));
        // 12 sentences with 11 gaps of 250 ms
        assertThat(slow.audio().durationSeconds()).isCloseTo(12 * one.audio().durationSeconds() + 11 * 0.25,
                org.assertj.core.data.Offset.offset(0.5));
    }

    @Test
    void badOptionsAndInputsAreClearErrors() {
        assertThatThrownBy(() -> tts.synthesize("你好", SynthesisOptions.defaults().withVoice("no-such-voice")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("voice");
        assertThatThrownBy(() -> SynthesisOptions.defaults().withVoice("x; rm -rf /")).hasMessageContaining("invalid voice");
        assertThat(tts.synthesize("你好", SynthesisOptions.defaults().withVoice("cmn-latn-pinyin+f3")).audio().durationSeconds()).isPositive();
        assertThatThrownBy(() -> SynthesisOptions.defaults().withRate(20)).hasMessageContaining("rate");
        assertThatThrownBy(() -> tts.synthesize("  ", SynthesisOptions.defaults())).hasMessageContaining("empty");
        assertThatThrownBy(() -> tts.synthesize("字".repeat(EspeakSynthesizer.MAX_CHARS + 1), SynthesisOptions.defaults()))
                .hasMessageContaining("too long");
    }

    @Test
    void pinyinResolvesPolyphonesThatEspeakReadsWrongly() {
        PinyinConverter p = new PinyinConverter();
        assertThat(p.toPinyin("银行")).isEqualTo("yin2 hang2");
        assertThat(p.toPinyin("重新检查。")).isEqualTo("chong2 xin1 jian3 cha2.");
        assertThat(p.toPinyin("行政处罚，罚款200元")).isEqualTo("xing2 zheng4 chu3 fa2, fa2 kuan3 200 yuan2");
        assertThat(p.toPinyin("绿色")).isEqualTo("lv4 se4");
        // espeak-ng's own reading of the Hanzi (phoneme output) says xing for 行 in 银行
        String espeakOwn = phonemes("银行");
        String viaPinyin = phonemes(p.toPinyin("银行"));
        assertThat(espeakOwn).isNotEqualTo(viaPinyin);
        assertThat(viaPinyin).contains("X'a35N"); // hang2
    }

    private static String phonemes(String text) {
        try {
            Process proc = new ProcessBuilder("espeak-ng", "-q", "-x", "-v", "cmn-latn-pinyin", text)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(proc.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
            proc.waitFor();
            return out;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void splitterKeepsSentencesAndCutsLongOnes() {
        SentenceSplitter s = new SentenceSplitter(20);
        assertThat(s.split("第一句。第二句！“第三句？”\n第四句 Fifth. sixth"))
                .containsExactly("第一句。", "第二句！", "“第三句？”", "第四句 Fifth.", "sixth");
        List<String> parts = s.split("根据《中华人民共和国行政处罚法》第三十二条，当事人有下列情形之一的，应当从轻或者减轻行政处罚");
        assertThat(parts).hasSizeGreaterThan(1).allSatisfy(x -> assertThat(x.length()).isLessThanOrEqualTo(20));
        assertThat(String.join("", parts)).isEqualTo("根据《中华人民共和国行政处罚法》第三十二条，当事人有下列情形之一的，应当从轻或者减轻行政处罚");
    }

    @Test
    void fixturesHelperIsIndependentOfTheSynthesizer(@TempDir Path dir) {
        assertThat(Fixtures.espeak(dir.resolve("x.wav"), "你好", null)).exists();
    }
}
