package cn.esip.nlp.pipeline;

import cn.esip.nlp.cite.CitationMention;
import cn.esip.nlp.cite.ProvisionResolver;

import java.util.List;

/** Texts written for the tests, and a small in-memory provision resolver. */
public final class DecisionFixtures {

    private DecisionFixtures() {
    }

    public static final String DECISION = """
            某市市场监督管理局
            行政处罚决定书
            某市监罚〔2024〕15号
            当事人：某某食品有限公司
            统一社会信用代码：91350100M000100Y43
            法定代表人：王某
            住所：某市某区某路1号
            经查，当事人于2024年2月在其经营场所销售超过保质期的食品，货值金额1200元，违法所得1200元。
            上述事实有现场检查笔录、询问笔录等证据证实。
            当事人的上述行为违反了《中华人民共和国食品安全法》第三十四条第（十）项的规定。
            依据《中华人民共和国食品安全法》第一百二十四条第一款第（五）项的规定，本局决定如下：
            一、没收违法所得人民币壹仟贰佰元整；
            二、处罚款人民币伍万元整（￥50000元）。
            当事人应当自收到本决定书之日起十五日内缴纳罚款。如不服本处罚决定，可以在收到本决定书之日起六十日内申请行政复议，或者六个月内提起行政诉讼。
            执法人员：张某（执法证号：12345678）、李某（执法证号：12345679）
            某市市场监督管理局
            二〇二四年四月二十日
            """;

    /** Knows one law, the food safety law, with articles 1–154; codes are FSL-A&lt;article&gt;[-P&lt;paragraph&gt;][-I&lt;item&gt;]. */
    public static ProvisionResolver foodSafetyResolver() {
        return (CitationMention m, String citing) -> {
            if (m.lawTitle() == null || !m.lawTitle().endsWith("食品安全法")) {
                return new ProvisionResolver.Resolution(ProvisionResolver.Outcome.TARGET_LAW_MISSING, null, List.of());
            }
            if (m.article() < 1 || m.article() > 154) {
                return new ProvisionResolver.Resolution(ProvisionResolver.Outcome.TARGET_PROVISION_MISSING, "FSL", List.of());
            }
            String code = "FSL-A" + m.article() + (m.paragraph() > 0 ? "-P" + m.paragraph() : "")
                    + (m.item() > 0 ? "-I" + m.item() : "");
            return new ProvisionResolver.Resolution(ProvisionResolver.Outcome.RESOLVED, "FSL", List.of(code));
        };
    }
}
