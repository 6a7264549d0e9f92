package cn.esip.nlp.normalize;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NormalizerTest {

    @Test
    void moneyInCapitalChineseArabicAndMixedForms() {
        assertThat(MoneyNormalizer.parse("壹万贰仟伍佰元整")).isEqualByComparingTo("12500");
        assertThat(MoneyNormalizer.parse("人民币伍万元整")).isEqualByComparingTo("50000");
        assertThat(MoneyNormalizer.parse("1.2万元")).isEqualByComparingTo("12000");
        assertThat(MoneyNormalizer.parse("12,500.50元")).isEqualByComparingTo("12500.50");
        assertThat(MoneyNormalizer.parse("三千元")).isEqualByComparingTo("3000");
        assertThat(MoneyNormalizer.parse("伍拾元零伍角")).isEqualByComparingTo("50.5");
        assertThat(MoneyNormalizer.parse("壹佰元伍角陆分")).isEqualByComparingTo("100.56");
        assertThat(MoneyNormalizer.parse("5元3角2分")).isEqualByComparingTo("5.32");
        assertThat(MoneyNormalizer.parse("壹仟零伍元")).isEqualByComparingTo("1005");
        assertThat(MoneyNormalizer.parse("贰拾万元")).isEqualByComparingTo("200000");
        assertThat(MoneyNormalizer.parse("￥3000")).isEqualByComparingTo("3000");
        assertThatThrownBy(() -> MoneyNormalizer.parse("三千")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void moneyIsFoundInASentenceWithBothWritings() {
        List<Match> m = MoneyNormalizer.find("决定处以罚款人民币贰万元整（￥20,000元），没收违法所得1.2万元。");
        assertThat(m).extracting(Match::value).containsExactly("20000", "20000", "12000");
        assertThat(m.get(0).text()).isEqualTo("人民币贰万元整");
        assertThat(new BigDecimal(m.get(1).value())).isEqualByComparingTo(new BigDecimal(m.get(0).value()));
    }

    @Test
    void datesInTheThreeWritings() {
        assertThat(DateNormalizer.parse("2024年3月1日")).isEqualTo("2024-03-01");
        assertThat(DateNormalizer.parse("二〇二四年三月一日")).isEqualTo("2024-03-01");
        assertThat(DateNormalizer.parse("二○二四年十二月三十一日")).isEqualTo("2024-12-31");
        assertThat(DateNormalizer.parse("2024-03-01")).isEqualTo("2024-03-01");
        assertThat(DateNormalizer.parse("2024/3/1")).isEqualTo("2024-03-01");
        assertThat(DateNormalizer.parse("2024年3月")).isEqualTo("2024-03");
        assertThat(DateNormalizer.parse("2024年3月1日下午3时30分")).isEqualTo("2024-03-01T15:30");
        assertThat(DateNormalizer.parse("2015年7月22日1时")).isEqualTo("2015-07-22T01:00");
    }

    @Test
    void impossibleDatesAreNotDates() {
        assertThat(DateNormalizer.find("2024年2月30日")).isEmpty();
        assertThat(DateNormalizer.find("2023-02-29")).isEmpty();
        assertThatThrownBy(() -> DateNormalizer.parse("三月一日")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void textIsNormalised() {
        assertThat(TextNormalizer.normalize("罚款２０００元　整")).isEqualTo("罚款2000元整");
        assertThat(TextNormalizer.normalize("當事人違反了規定")).isEqualTo("当事人违反了规定");
        assertThat(TextNormalizer.normalize("经查，当事人于2024年2月在其经营场所销售过\n期食品，违反了规定。\n二、处罚决定\n当事人：王某"))
                .isEqualTo("经查，当事人于2024年2月在其经营场所销售过期食品，违反了规定。\n二、处罚决定\n当事人：王某");
        assertThat(TextNormalizer.normalize("某市市场监督管理局\n行政处罚决定书\n某市监罚〔2024〕15号"))
                .isEqualTo("某市市场监督管理局\n行政处罚决定书\n某市监罚〔2024〕15号");
        assertThat(TextNormalizer.normalize("  a   b  ")).isEqualTo("a b");
    }
}
