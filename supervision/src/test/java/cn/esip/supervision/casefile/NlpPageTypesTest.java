package cn.esip.supervision.casefile;

import cn.esip.ocr.classify.TypeGuess;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Scanned pages are typed by the NLP document-type classifier, on OCR-like text. */
class NlpPageTypesTest {

    private final NlpPageTypes pages = new NlpPageTypes();

    @Test
    void titlesDecideEvenWithOcrSpacing() {
        assertThat(type("某市市场监督管理局\n行政处罚决定书\n某市监罚〔2024〕15号\n当事人：某某公司")).isEqualTo("行政处罚决定书");
        assertThat(type("询 问 笔 录\n询问时间：2024年3月2日\n被询问人：王某")).isEqualTo("询问笔录");
        assertThat(type("陈述申辩笔录\n陈述申辩人：王某\n申辩意见：……")).isEqualTo("陈述申辩材料");
        assertThat(type("送达回证\n受送达人：某某公司\n送达方式：直接送达")).isEqualTo("送达回证");
        assertThat(type("听证告知书\n你单位有要求听证的权利")).isEqualTo("行政处罚事先告知书");
    }

    @Test
    void attachmentsOfACaseFile() {
        assertThat(type("营 业 执 照\n统一社会信用代码 91330100MA2XXXXX0X\n名称 某某食品有限公司\n法定代表人 王某\n注册资本 伍拾万元整\n成立日期 2019年5月6日\n经营范围 食品销售"))
                .isEqualTo("营业执照");
        assertThat(type("中华人民共和国\n居民身份证\n签发机关 某市公安局某分局\n有效期限 2016.03.01-2036.03.01")).isEqualTo("身份证件");
        // a decision that names the party's licence stays a decision
        assertThat(type("行政处罚决定书\n当事人：某某食品有限公司\n统一社会信用代码：91330100MA2XXXXX0X\n法定代表人：王某\n"
                + "经查，当事人营业执照登记的经营范围不含冷链食品。本局决定如下：罚款人民币二万元。如不服本决定，可在六十日内申请行政复议"))
                .isEqualTo("行政处罚决定书");
    }

    @Test
    void bodyPhrasesWithoutATitleAndNothingFromNoEvidence() {
        assertThat(type("本机关拟作出如下行政处罚。你单位可在三日内提出陈述、申辩，逾期视为放弃")).isEqualTo("行政处罚事先告知书");
        assertThat(pages.classify("天气很好")).isEmpty();
        assertThat(pages.classify("询问笔录\n被询问人：王某").orElseThrow().method()).isEqualTo(NlpPageTypes.METHOD);
    }

    private String type(String text) {
        return pages.classify(text).map(TypeGuess::type).orElse(TypeGuess.OTHER);
    }
}
