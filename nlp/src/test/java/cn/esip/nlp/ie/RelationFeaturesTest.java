package cn.esip.nlp.ie;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The second stage's features say what the first stage found for the pair and around it. */
class RelationFeaturesTest {

    // 张某 sold 冰毒 to 王某; 张某 is named twice
    private static final List<LabelledSpan> ENTS = List.of(
            new LabelledSpan(0, 2, "Nh", "张某"), new LabelledSpan(3, 5, "NDR", "冰毒"), new LabelledSpan(8, 10, "Nh", "王某"),
            new LabelledSpan(12, 14, "Nh", "张某"));

    @Test
    void theFirstStagesLabelOfThePairAndTheRelationsAroundIt() {
        List<LabelledRelation> first = List.of(
                new LabelledRelation(0, "张某", 8, "王某", "sell_drugs_to"),
                new LabelledRelation(12, "张某", 3, "冰毒", "traffic_in"));
        // pair (张某@0, 冰毒@3): not found by the first stage; its head sells, another mention of its head
        // traffics this very drug
        List<String> f = RelationFeatures.stacked(ENTS, 0, 1, first);
        assertThat(f).contains("st:self:Nh>NDRNA", "st:Nh>NDRhH:sell_drugs_to", "st:Nh>NDRhHname:traffic_in",
                "st:Nh>NDRtT:traffic_in", "st:Nh>NDRNA|tT:traffic_in");
        // pair (张某@12, 冰毒@3): found as traffic_in; nothing else touches that mention of 张某 as head
        List<String> g = RelationFeatures.stacked(ENTS, 3, 1, first);
        assertThat(g).contains("st:self:Nh>NDRtraffic_in", "st:Nh>NDRhHname:sell_drugs_to")
                .doesNotContain("st:Nh>NDRtT:traffic_in");
        // nothing found at all
        assertThat(RelationFeatures.stacked(ENTS, 2, 1, List.of())).containsExactly("st:self:Nh>NDRNA", "st:Nh>NDRnone");
    }
}
