package cn.esip.speech.asr;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VoskResultsTest {

    @Test
    void parsesWordsAndJoinsChineseText() {
        String json = "{\"result\":[{\"conf\":1.0,\"end\":1.02,\"start\":0.6,\"word\":\"执法\"},"
                + "{\"conf\":0.73,\"end\":1.5,\"start\":1.02,\"word\":\"人员\"},{\"conf\":0.5,\"end\":2.0,\"start\":1.6,\"word\":\"APP\"}],"
                + "\"text\":\"执法 人员 APP\"}";
        Utterance u = VoskResults.parseFinal(json).orElseThrow();
        assertThat(u.text()).isEqualTo("执法人员APP");
        assertThat(u.start()).isEqualTo(0.6);
        assertThat(u.end()).isEqualTo(2.0);
        assertThat(u.words()).extracting(Word::confidence).containsExactly(1.0, 0.73, 0.5);
        assertThat(VoskResults.parseFinal("{\"text\":\"\"}")).isEmpty();
        assertThat(VoskResults.parsePartial("{\"partial\":\"现场 检查\"}")).isEqualTo("现场检查");
        assertThat(VoskResults.joinText("hello world")).isEqualTo("hello world");
    }
}
