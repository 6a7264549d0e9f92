package cn.esip.nlp.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChineseNumeralsTest {

    @Test
    void parsesCommonForms() {
        assertThat(ChineseNumerals.parse("一百二十三")).isEqualTo(123);
        assertThat(ChineseNumerals.parse("十一")).isEqualTo(11);
        assertThat(ChineseNumerals.parse("十")).isEqualTo(10);
        assertThat(ChineseNumerals.parse("二十")).isEqualTo(20);
        assertThat(ChineseNumerals.parse("一千零五")).isEqualTo(1005);
        assertThat(ChineseNumerals.parse("一千二百六十")).isEqualTo(1260);
        assertThat(ChineseNumerals.parse("一百零六")).isEqualTo(106);
        assertThat(ChineseNumerals.parse("一百一十")).isEqualTo(110);
        assertThat(ChineseNumerals.parse("一百十")).isEqualTo(110);
        assertThat(ChineseNumerals.parse("两千")).isEqualTo(2000);
        assertThat(ChineseNumerals.parse("〇")).isZero();
        assertThat(ChineseNumerals.parse("零")).isZero();
        assertThat(ChineseNumerals.parse("一〇五")).isEqualTo(105);
        assertThat(ChineseNumerals.parse("二〇二一")).isEqualTo(2021);
        assertThat(ChineseNumerals.parse("三万零二十")).isEqualTo(30020);
    }

    @Test
    void parsesArabicAndFullWidthDigits() {
        assertThat(ChineseNumerals.parse("124")).isEqualTo(124);
        assertThat(ChineseNumerals.parse("１２４")).isEqualTo(124);
    }

    @Test
    void rejectsWhatIsNoNumeral() {
        assertThatThrownBy(() -> ChineseNumerals.parse("条")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ChineseNumerals.parse("")).isInstanceOf(IllegalArgumentException.class);
        assertThat(ChineseNumerals.parseOrMinus("百百", 0, 2)).isEqualTo(-1);
        assertThat(ChineseNumerals.parseOrMinus("一十百", 0, 3)).isEqualTo(-1);
    }

    @Test
    void formatsTheUsualWay() {
        assertThat(ChineseNumerals.format(0)).isEqualTo("零");
        assertThat(ChineseNumerals.format(10)).isEqualTo("十");
        assertThat(ChineseNumerals.format(11)).isEqualTo("十一");
        assertThat(ChineseNumerals.format(110)).isEqualTo("一百一十");
        assertThat(ChineseNumerals.format(123)).isEqualTo("一百二十三");
        assertThat(ChineseNumerals.format(1005)).isEqualTo("一千零五");
        assertThat(ChineseNumerals.format(1260)).isEqualTo("一千二百六十");
        assertThat(ChineseNumerals.format(30020)).isEqualTo("三万零二十");
    }

    @Test
    void roundTripsOneToTwentyThousand() {
        for (int n = 0; n <= 20000; n++) {
            assertThat(ChineseNumerals.parse(ChineseNumerals.format(n))).as("n=%d", n).isEqualTo(n);
        }
    }
}
