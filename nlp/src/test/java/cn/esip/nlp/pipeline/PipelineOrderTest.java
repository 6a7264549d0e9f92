package cn.esip.nlp.pipeline;

import cn.esip.nlp.entity.NamedEntityAnnotator;
import cn.esip.nlp.entity.PatternEntityAnnotator;
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
        assertThat(have).contains(Annotation.LAW_CITATIONS, Annotation.NAMED_ENTITIES);
    }
}
