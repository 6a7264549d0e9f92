package cn.esip.nlp.pipeline;

import cn.esip.nlp.cite.CitationParser;
import cn.esip.nlp.classify.ClassifierAnnotator;
import cn.esip.nlp.classify.DocumentTypeClassifier;
import cn.esip.nlp.entity.LawCitationAnnotator;
import cn.esip.nlp.entity.NamedEntityAnnotator;
import cn.esip.nlp.entity.PatternEntityAnnotator;
import cn.esip.nlp.event.PenaltyDecisionAnnotator;
import cn.esip.nlp.event.PenaltyDecisionExtractor;
import cn.esip.nlp.service.NlpService;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The pipeline is checked when built: an annotator whose requirements no earlier annotator produces is refused. */
class PipelineOrderTest {

    @Test
    void anAnnotatorBeforeWhatItNeedsIsRefusedWithWhatIsMissing() {
        assertThatThrownBy(() -> new Pipeline(List.of(new NormalizeAnnotator(), new PatternEntityAnnotator(),
                new NamedEntityAnnotator())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("annotator " + new NamedEntityAnnotator().name() + " requires")
                .hasMessageContaining("TOKENS").hasMessageContaining("LAW_CITATIONS");
        assertThatThrownBy(() -> new Pipeline(List.of(new SentenceAnnotator())))
                .hasMessageContaining("NORMALIZED_TEXT");
    }

    @Test
    void theServicesPipelineSatisfiesEveryRequirementInOrder() {
        List<Annotator> chain = NlpService.builder().build().pipeline().annotators();
        assertThat(chain).isNotEmpty();
        java.util.Set<Annotation> have = java.util.EnumSet.noneOf(Annotation.class);
        for (Annotator a : chain) {
            assertThat(have).as(a.name()).containsAll(a.requires());
            have.addAll(a.produces());
        }
        assertThat(have).contains(Annotation.LAW_CITATIONS, Annotation.NAMED_ENTITIES, Annotation.DOCUMENT_TYPE,
                Annotation.DOMAIN, Annotation.PENALTY_DECISION);
        assertThat(NlpService.ANNOTATORS).containsAll(chain.stream().map(Annotator::name).toList());
    }

    @Test
    void theServiceRunsTheConfiguredAnnotatorsAndWhatTheyNeedOnly() {
        NlpService svc = NlpService.builder().annotators(List.of("patterns")).build();
        assertThat(svc.pipeline().annotators().stream().map(Annotator::name))
                .containsExactly("normalize", "patterns");
        assertThat(svc.unavailable()).anyMatch(u -> u.startsWith("document-type: not among the configured annotators"))
                .noneMatch(u -> u.startsWith("CAIL2022"));
        cn.esip.nlp.service.Extraction e = svc.extract("当事人身份证号码110101199003074514，罚款人民币5000元。");
        assertThat(e.entities()).isNotEmpty();
        assertThat(e.documentType()).isNull();

        List<String> withPenalty = NlpService.builder().annotators(List.of("penalty-decision")).build().pipeline()
                .annotators().stream().map(Annotator::name).toList();
        assertThat(withPenalty).contains("document-type", "law-citations", "penalty-decision").doesNotContain("domain");

        assertThatThrownBy(() -> NlpService.builder().annotators(List.of("patterns", "parser")).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown annotator 'parser'")
                .hasMessageContaining("named-entities");
    }

    @Test
    void orderedPlacesAnnotatorsAfterWhatTheyNeedWhateverOrderTheyComeIn() {
        List<Annotator> given = List.of(new PenaltyDecisionAnnotator(new PenaltyDecisionExtractor()),
                ClassifierAnnotator.documentType(new DocumentTypeClassifier()), new PatternEntityAnnotator(),
                new LawCitationAnnotator(new CitationParser(), null), new SentenceAnnotator(), new NormalizeAnnotator());
        List<String> order = Pipeline.ordered(given).annotators().stream().map(Annotator::name).toList();
        assertThat(order).hasSize(given.size()).startsWith(new NormalizeAnnotator().name());
        for (String before : List.of("document-type", new PatternEntityAnnotator().name(), "law-citations")) {
            assertThat(order.indexOf(before)).as(before).isLessThan(order.indexOf("penalty-decision"));
        }

        assertThatThrownBy(() -> Pipeline.ordered(List.of(new NormalizeAnnotator(),
                new PenaltyDecisionAnnotator(new PenaltyDecisionExtractor()))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("penalty-decision")
                .hasMessageContaining("DOCUMENT_TYPE");
    }

    @Test
    void onlyADecisionGetsAPenaltyFrame() {
        NlpService nlp = NlpService.builder().build();
        Document decision = nlp.annotate("某市市场监督管理局\n行政处罚决定书\n当事人：某某食品有限公司\n"
                + "经查，当事人销售超过保质期的食品。依据《中华人民共和国食品安全法》第一百二十四条，本局决定如下：罚款人民币二万元。");
        assertThat(decision.get(ClassifierAnnotator.DOCUMENT_TYPE).orElseThrow().label()).isEqualTo("行政处罚决定书");
        assertThat(decision.get(PenaltyDecisionAnnotator.FRAME).orElseThrow().party()).isEqualTo("某某食品有限公司");
        Document record = nlp.annotate("询问笔录\n询问时间：2024年3月2日\n被询问人：王某\n问：你的姓名？\n答：王某。");
        assertThat(record.get(ClassifierAnnotator.DOCUMENT_TYPE).orElseThrow().label()).isEqualTo("询问笔录");
        assertThat(record.get(PenaltyDecisionAnnotator.FRAME)).isEmpty();
        assertThat(record.get(ClassifierAnnotator.DOMAIN)).isPresent();
    }
}
