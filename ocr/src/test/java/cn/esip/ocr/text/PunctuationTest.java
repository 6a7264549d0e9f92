package cn.esip.ocr.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Full-width punctuation of Chinese text is put back as printed; numbers and Latin text keep theirs. */
class PunctuationTest {

    @Test
    void chinesePunctuationReadAsHalfWidthIsFullWidthAgain() {
        assertThat(CjkText.restorePunctuation("当事人:某某公司;地址:杭州市,电话未登记?"))
                .isEqualTo("当事人：某某公司；地址：杭州市，电话未登记？");
        assertThat(CjkText.restorePunctuation("依据《行政处罚法》第六十三条第一款(一)项"))
                .isEqualTo("依据《行政处罚法》第六十三条第一款（一）项");
        assertThat(CjkText.restorePunctuation("(1)当事人陈述")).isEqualTo("（1）当事人陈述");
        assertThat(CjkText.restorePunctuation("罚款(人民币)")).isEqualTo("罚款（人民币）");
    }

    @Test
    void numbersTimesAndLatinTextKeepTheirs() {
        assertThat(CjkText.restorePunctuation("10:30 至 11:45")).isEqualTo("10:30 至 11:45");
        assertThat(CjkText.restorePunctuation("1,000.00")).isEqualTo("1,000.00");
        assertThat(CjkText.restorePunctuation("see (a) and (b): ok")).isEqualTo("see (a) and (b): ok");
        assertThat(CjkText.restorePunctuation("")).isEmpty();
        assertThat(CjkText.restorePunctuation("已是全角：（一）")).isEqualTo("已是全角：（一）");
    }
}
