package cn.esip.kg.code;

import cn.esip.kg.domain.EffectLevel;
import cn.esip.kg.domain.ProvisionLevel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CodesTest {

    private final LawCode law = new LawCode(EffectLevel.LAW, "100000", 1996, 3);

    @Test
    void lawCodeRoundTrips() {
        assertThat(law.format()).isEqualTo("11-100000-1996-0003").hasSize(19);
        assertThat(LawCode.parse("11-100000-1996-0003")).isEqualTo(law);
        LawCode local = new LawCode(EffectLevel.LOCAL_GOVERNMENT_RULE, "370500", 2017, 12);
        assertThat(LawCode.parse(local.format())).isEqualTo(local);
    }

    @Test
    void provisionCodeFollowsTheSpecExample() {
        ProvisionCode p = ProvisionCode.article(law, 51, 0).withParagraph(1);
        assertThat(p.format()).isEqualTo("11-100000-1996-0003/00510010000");
        assertThat(ProvisionCode.parse(p.format())).isEqualTo(p);
        assertThat(p.level()).isEqualTo(ProvisionLevel.PARAGRAPH);
        assertThat(p.parent()).isEqualTo(ProvisionCode.article(law, 51, 0));
    }

    @Test
    void articleSuffixItemsAndSubitems() {
        ProvisionCode c = ProvisionCode.article(law, 133, 1).withParagraph(2).withItem(3).withSubitem(4);
        assertThat(c.format()).isEqualTo("11-100000-1996-0003/01331020304");
        assertThat(ProvisionCode.parse(c.format())).isEqualTo(c);
        assertThat(c.level()).isEqualTo(ProvisionLevel.SUBITEM);
        assertThat(c.parent().parent().parent()).isEqualTo(ProvisionCode.article(law, 133, 1));
    }

    @Test
    void structureCodes() {
        StructureCode s = new StructureCode(law, 0, 0, 5, 2);
        assertThat(s.format()).isEqualTo("11-100000-1996-0003/P00.00.05.02");
        assertThat(StructureCode.parse(s.format())).isEqualTo(s);
        assertThat(s.level()).isEqualTo(ProvisionLevel.SECTION);
        assertThat(new StructureCode(law, 3, 2, 0, 0).level()).isEqualTo(ProvisionLevel.SUBPART);
    }

    @Test
    void kindsAndMalformedCodes() {
        assertThat(Codes.kindOf("11-100000-1996-0003")).isEqualTo(Codes.Kind.LAW);
        assertThat(Codes.kindOf("11-100000-1996-0003/00510010000")).isEqualTo(Codes.Kind.PROVISION);
        assertThat(Codes.kindOf("11-100000-1996-0003/P00.00.05.02")).isEqualTo(Codes.Kind.STRUCTURE);
        assertThat(Codes.kindOf("11-100000-1996-0003@2021-01-22")).isEqualTo(Codes.Kind.VERSION);
        assertThat(Codes.lawOf("11-100000-1996-0003/00510010000")).isEqualTo(law);
        assertThatThrownBy(() -> LawCode.parse("11-10000-1996-0003")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LawCode.parse("99-100000-1996-0003")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ProvisionCode.parse("11-100000-1996-0003/000510100")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ProvisionCode.article(law, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ProvisionCode(law, 5, 0, 0, 1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Codes.kindOf("行政处罚法")).isInstanceOf(IllegalArgumentException.class);
    }
}
