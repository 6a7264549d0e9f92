package cn.esip.nlp.classify;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClassifierTest {

    private final DocumentTypeClassifier types = new DocumentTypeClassifier();
    private final DomainClassifier domains = new DomainClassifier();

    @Test
    void documentTypesFromContentNotFileNames() {
        assertThat(types.classify("询问笔录\n询问时间：2024年3月2日\n询问人：张某\n被询问人：王某\n问：你的姓名？\n答：王某。").label())
                .isEqualTo("询问笔录");
        assertThat(types.classify("送达回证\n受送达人：某某公司\n送达文书：行政处罚决定书\n送达方式：直接送达\n送达人：张某").label())
                .isEqualTo("送达回证");
        assertThat(types.classify("行政处罚事先告知书\n本局拟作出如下行政处罚：罚款五万元。你有权进行陈述和申辩，逾期视为放弃。").label())
                .isEqualTo("行政处罚事先告知书");
        assertThat(types.classify("现场检查笔录\n检查时间：2024年3月2日\n检查地点：某路1号\n被检查人：某某公司\n现场检查情况：……").label())
                .isEqualTo("现场检查笔录");
        assertThat(types.classify("立案审批表\n案件来源：投诉举报\n案由：销售过期食品\n承办人意见：建议立案\n审批意见：同意立案").label())
                .isEqualTo("立案审批表");
        assertThat(types.classify("今天天气很好，我们去公园散步。").label()).isEqualTo(CueClassifier.OTHER);
    }

    @Test
    void scoresAreADistribution() {
        Classification c = types.classify("听证告知书\n你有要求听证的权利，可在三日内申请听证。");
        assertThat(c.label()).isEqualTo("行政处罚事先告知书");
        assertThat(c.score()).isEqualTo(DocumentTypeClassifier.TITLE);
        assertThat(c.scores().values().stream().mapToDouble(Double::doubleValue).sum()).isBetween(0.99, 1.01);
        assertThat(c.evidence()).isNotEmpty();
        assertThat(c.method()).contains("not trained");
    }

    @Test
    void cueTablesAreRegisteredWithTheirChecksums() {
        cn.esip.models.ModelRegistry reg = cn.esip.models.ModelRegistry.locate();
        assertThat(reg.status("classify-doctype").usable()).as(reg.status("classify-doctype").detail()).isTrue();
        assertThat(reg.status("classify-domain").usable()).as(reg.status("classify-domain").detail()).isTrue();
    }

    @Test
    void enforcementDomains() {
        assertThat(domains.classify("某市生态环境局\n当事人未经批准排放废水，违反《中华人民共和国水污染防治法》").label())
                .isEqualTo("生态环境");
        assertThat(domains.classify("某县公安局\n违法行为人殴打他人，依据《中华人民共和国治安管理处罚法》第四十三条，决定行政拘留五日").label())
                .isEqualTo("公安/治安");
        assertThat(domains.classify("某区税务局\n当事人少缴税款，违反《中华人民共和国税收征收管理法》").label())
                .isEqualTo("税务");
        assertThat(domains.classify("某区应急管理局\n当事人未按规定对从业人员进行安全生产教育，违反《中华人民共和国安全生产法》").label())
                .isEqualTo("应急管理/安全生产");
        assertThat(domains.classify("天气晴朗。").label()).isEqualTo(CueClassifier.OTHER);
    }
}
