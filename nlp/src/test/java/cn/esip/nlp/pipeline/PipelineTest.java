package cn.esip.nlp.pipeline;

import cn.esip.nlp.event.PenaltyDecision;
import cn.esip.nlp.service.Extraction;
import cn.esip.nlp.service.NlpService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PipelineTest {

    private static NlpService service;

    @BeforeAll
    static void build() {
        service = NlpService.builder().resolver(DecisionFixtures.foodSafetyResolver()).build();
    }

    private static List<String> texts(Document d, String label) {
        return d.entities(label).stream().map(Entity::text).toList();
    }

    @Test
    void legalEntitiesOfADecisionAreFoundAndNormalised() {
        Document d = service.annotate(DecisionFixtures.DECISION);
        assertThat(d.annotators()).containsExactly("normalize", "sentences", "tokens", "patterns", "law-citations",
                "named-entities", "document-type", "domain", "penalty-decision");
        assertThat(texts(d, EntityLabels.DOCUMENT_NUMBER)).containsExactly("某市监罚〔2024〕15号");
        Entity uscc = d.entities(EntityLabels.USCC).get(0);
        assertThat(uscc.text()).isEqualTo("91350100M000100Y43");
        assertThat(uscc.attributes()).containsEntry("valid", "true");
        assertThat(texts(d, EntityLabels.OFFICER_CERTIFICATE)).containsExactly("12345678", "12345679");
        assertThat(d.entities(EntityLabels.DATE)).extracting(Entity::value).contains("2024-02", "2024-04-20");
        assertThat(d.entities(EntityLabels.MONEY)).extracting(Entity::value).contains("1200", "50000");
        assertThat(d.entities(EntityLabels.PENALTY_TYPE)).extracting(Entity::value)
                .contains("没收违法所得", "罚款");
        assertThat(texts(d, EntityLabels.PERSON)).contains("王某", "张某", "李某");
        assertThat(texts(d, EntityLabels.ORGANIZATION)).contains("某某食品有限公司");
        assertThat(texts(d, EntityLabels.PERSON)).doesNotContain("安全法");
        List<Entity> cites = d.entities(EntityLabels.LAW_CITATION);
        assertThat(cites).extracting(Entity::value).contains("FSL-A34-I10", "FSL-A124-P1-I5");
        for (Entity e : d.entities()) {
            assertThat(d.text().substring(e.start(), e.end())).isEqualTo(e.text());
        }
    }

    @Test
    void aDecisionGivesItsEventFrame() {
        Extraction x = service.extract(DecisionFixtures.DECISION);
        assertThat(x.documentType().label()).isEqualTo("行政处罚决定书");
        assertThat(x.domain().label()).isEqualTo("市场监管");
        PenaltyDecision p = x.penaltyDecision();
        assertThat(p).isNotNull();
        assertThat(p.caseNo()).isEqualTo("某市监罚〔2024〕15号");
        assertThat(p.party()).isEqualTo("某某食品有限公司");
        assertThat(p.partyIdValid()).isTrue();
        assertThat(p.agency()).isEqualTo("某市市场监督管理局");
        assertThat(p.facts()).startsWith("当事人于2024年2月").contains("超过保质期");
        assertThat(p.violatedCodes()).containsExactly("FSL-A34-I10");
        assertThat(p.penaltyBasisCodes()).containsExactly("FSL-A124-P1-I5");
        assertThat(p.penaltyTypes()).containsExactly("没收违法所得", "罚款");
        assertThat(p.fine()).isEqualByComparingTo("50000");
        assertThat(p.confiscated()).isEqualByComparingTo("1200");
        assertThat(p.decisionDate()).isEqualTo("2024-04-20");
    }

    @Test
    void anInvalidIdIsFlaggedAndAnUnknownLawIsNotResolved() {
        Document d = service.annotate("当事人：张某，公民身份号码：110105194912310021。违反《某省不存在条例》第五条的规定。");
        Entity id = d.entities(EntityLabels.CITIZEN_ID).get(0);
        assertThat(id.attributes()).containsEntry("valid", "false");
        Entity cite = d.entities(EntityLabels.LAW_CITATION).get(0);
        assertThat(cite.value()).isNull();
        assertThat(cite.attributes()).containsEntry("resolution", "TARGET_LAW_MISSING");
    }

    @Test
    void thePipelineRunsWithoutResolverOrModels() {
        NlpService bare = NlpService.builder().build();
        Document d = bare.annotate("依据《中华人民共和国食品安全法》第一百二十四条，决定给予警告。");
        assertThat(d.entities(EntityLabels.LAW_CITATION)).singleElement()
                .satisfies(e -> assertThat(e.attributes()).containsEntry("resolution", "NO_RESOLVER"));
        assertThat(d.entities(EntityLabels.PENALTY_TYPE)).extracting(Entity::value).containsExactly("警告");
        assertThat(bare.unavailable()).hasSize(2);
    }

    @Test
    void sentencesAndTokensKeepOffsets() {
        Document d = service.annotate("第一句话。第二句话！\n第三行");
        assertThat(d.sentences()).extracting(Sentence::text).containsExactly("第一句话。", "第二句话！", "第三行");
        assertThat(d.tokens()).allSatisfy(t -> assertThat(d.text().substring(t.start(), t.end())).isEqualTo(t.text()));
    }

    @Test
    void overLongAndEmptyTextsAreRejected() {
        assertThatThrownBy(() -> service.extract("字".repeat(NlpService.MAX_TEXT + 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("limit");
        assertThatThrownBy(() -> service.extract("  ")).isInstanceOf(IllegalArgumentException.class);
    }
}
