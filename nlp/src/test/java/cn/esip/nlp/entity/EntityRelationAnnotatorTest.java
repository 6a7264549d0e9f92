package cn.esip.nlp.entity;

import cn.esip.nlp.pipeline.Document;
import cn.esip.nlp.pipeline.NormalizeAnnotator;
import cn.esip.nlp.pipeline.SentenceAnnotator;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The trained taggers see the document's own sentences, grouped by paragraph and bounded in length. */
class EntityRelationAnnotatorTest {

    @Test
    void sentencesOfOneParagraphGoTogetherAndAParagraphBreakCuts() {
        Document d = sentences("张某于2023年5月在某市贩卖毒品。李某为其提供住处。\n王某购买冰毒二克。");
        assertThat(texts(d)).containsExactly("张某于2023年5月在某市贩卖毒品。李某为其提供住处。", "王某购买冰毒二克。");
    }

    @Test
    void aLongParagraphIsCutAtSentenceEndsAndALongSentenceEveryChunk() {
        String paragraph = "当事人销售过期食品并拒不改正。".repeat(100);
        Document d = sentences(paragraph + "\n" + "甲".repeat(EntityRelationAnnotator.CHUNK * 2 + 10));
        List<int[]> chunks = EntityRelationAnnotator.chunks(d.text(), d.sentences());
        for (int[] c : chunks) {
            assertThat(c[1] - c[0]).isBetween(1, EntityRelationAnnotator.CHUNK);
        }
        List<String> texts = texts(d);
        assertThat(texts.get(0)).endsWith("。");
        assertThat(String.join("", texts.subList(0, texts.size() - 3))).isEqualTo(paragraph);
        assertThat(texts.subList(texts.size() - 3, texts.size())).extracting(String::length)
                .containsExactly(EntityRelationAnnotator.CHUNK, EntityRelationAnnotator.CHUNK, 10);
    }

    @Test
    void theTaggersEntitiesSitAtTheirPlaceInTheWholeDocument() {
        cn.esip.nlp.service.NlpService nlp = cn.esip.nlp.service.NlpService.builder()
                .entityRelations(cn.esip.nlp.ie.ExtractorModels.load(cn.esip.models.ModelRegistry.locate(), cn.esip.nlp.ie.ExtractorTraining.NER_ID))
                .build();
        String text = "某县人民法院\n刑事判决书\n经审理查明，2016年5月3日20时许，被告人张某某在其住处将0.5克甲基苯丙胺以200元的价格贩卖给吸毒人员王某。"
                + "次日，李某为张某某提供住处。\n上述事实，有证人证言等证据证实。";
        Document d = nlp.annotate(text);
        assertThat(d.annotators()).containsSubsequence("sentences", "entity-relations");
        List<cn.esip.nlp.pipeline.Entity> people = d.entities("Nh");
        assertThat(people).extracting(cn.esip.nlp.pipeline.Entity::text).contains("张某某", "王某");
        assertThat(people).allSatisfy(e -> assertThat(d.text().substring(e.start(), e.end())).isEqualTo(e.text()));
        assertThat(d.relations()).extracting(r -> r.head().text() + ">" + r.label() + ">" + r.tail().text())
                .contains("张某某>sell_drugs_to>王某");
    }

    private static Document sentences(String text) {
        Document d = new Document(text);
        new NormalizeAnnotator().annotate(d);
        new SentenceAnnotator().annotate(d);
        return d;
    }

    private static List<String> texts(Document d) {
        return EntityRelationAnnotator.chunks(d.text(), d.sentences()).stream().map(c -> d.text().substring(c[0], c[1])).toList();
    }
}
