package cn.esip.nlp.cite;

import cn.esip.nlp.cite.CitationMention.Relative;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CitationParserTest {

    private final CitationParser parser = new CitationParser();

    @Test
    void sameLawArticleWithOffsets() {
        String text = "违反本法第三十四条规定的，依照本条例第十条处罚。";
        List<CitationMention> ms = parser.find(text);
        assertThat(ms).hasSize(2);
        CitationMention a = ms.get(0);
        assertThat(a.text()).isEqualTo("本法第三十四条");
        assertThat(text.substring(a.start(), a.end())).isEqualTo("本法第三十四条");
        assertThat(a.lawTitle()).isNull();
        assertThat(a.article()).isEqualTo(34);
        assertThat(a.relative()).isEqualTo(Relative.ABSOLUTE);
        assertThat(ms.get(1).text()).isEqualTo("本条例第十条");
        assertThat(ms.get(1).article()).isEqualTo(10);
    }

    @Test
    void articleParagraphItemAndSuffix() {
        CitationMention m = parser.find("依照第一百三十三条之一第二款第（三）项的规定").get(0);
        assertThat(m.article()).isEqualTo(133);
        assertThat(m.articleSuffix()).isEqualTo(1);
        assertThat(m.paragraph()).isEqualTo(2);
        assertThat(m.item()).isEqualTo(3);
        assertThat(m.text()).isEqualTo("第一百三十三条之一第二款第（三）项");
    }

    @Test
    void relativeReferences() {
        List<CitationMention> ms = parser.find("有前款规定情形的，适用前两款；本条第二款所称，前三款，前条，本款第（一）项");
        assertThat(ms).extracting(CitationMention::relative).containsExactly(Relative.PREVIOUS_PARAGRAPHS,
                Relative.PREVIOUS_PARAGRAPHS, Relative.THIS_ARTICLE, Relative.PREVIOUS_PARAGRAPHS,
                Relative.PREVIOUS_ARTICLE, Relative.THIS_PARAGRAPH);
        assertThat(ms).extracting(CitationMention::count).containsExactly(1, 2, 1, 3, 1, 1);
        assertThat(ms.get(2).paragraph()).isEqualTo(2);
        assertThat(ms.get(5).item()).isEqualTo(1);
    }

    @Test
    void benTiaoLiIsNotBenTiao() {
        assertThat(parser.find("本条例自公布之日起施行。")).isEmpty();
    }

    @Test
    void otherLawsByBracketedFullOrShortTitle() {
        List<CitationMention> ms = parser.find("依照《中华人民共和国食品安全法》第三十四条和《食品安全法》第一百二十四条处罚");
        assertThat(ms).extracting(CitationMention::lawTitle).containsExactly("中华人民共和国食品安全法", "食品安全法");
        assertThat(ms).extracting(CitationMention::article).containsExactly(34, 124);
        assertThat(ms.get(0).start()).isEqualTo(2);
    }

    @Test
    void bareTitlesWithAndWithoutDictionary() {
        CitationMention m = parser.find("违反治安管理处罚法第二十三条的").get(0);
        assertThat(m.lawTitle()).isEqualTo("治安管理处罚法");
        assertThat(m.text()).isEqualTo("治安管理处罚法第二十三条");
        CitationParser known = new CitationParser(Set.of("食品安全法", "中华人民共和国食品安全法")::contains);
        assertThat(known.find("依照中华人民共和国食品安全法第三十四条").get(0).lawTitle()).isEqualTo("中华人民共和国食品安全法");
    }

    @Test
    void wholeLawMentionsOnlyForLawLikeTitles() {
        List<CitationMention> ms = parser.find("根据《中华人民共和国行政处罚法》，持有《营业执照》的");
        assertThat(ms).hasSize(1);
        assertThat(ms.get(0).relative()).isEqualTo(Relative.WHOLE_LAW);
    }

    @Test
    void listsInheritTheirLawAndArticle() {
        List<CitationMention> ms = parser.find("违反《食品安全法》第十条、第十二条第一款、第二款规定");
        assertThat(ms).hasSize(3);
        assertThat(ms).extracting(CitationMention::lawTitle).containsOnly("食品安全法");
        assertThat(ms).extracting(CitationMention::article).containsExactly(10, 12, 12);
        assertThat(ms).extracting(CitationMention::paragraph).containsExactly(0, 1, 2);
    }

    @Test
    void aBareArticleInTheSameSentenceKeepsTheLawNamedBefore() {
        List<CitationMention> ms = parser.find("构成刑法第一百二十条之一规定的犯罪或者第一百九十一条规定的洗钱罪的。依照第十条处理");
        assertThat(ms).extracting(CitationMention::lawTitle).containsExactly("刑法", "刑法", null);
        assertThat(ms.get(0).articleSuffix()).isEqualTo(1);
    }

    @Test
    void ranges() {
        CitationMention m = parser.find("本法第十条至第十五条").get(0);
        assertThat(m.article()).isEqualTo(10);
        assertThat(m.articleTo()).isEqualTo(15);
        CitationMention items = parser.find("违反前款第一项至第三项规定").get(0);
        assertThat(items.item()).isEqualTo(1);
        assertThat(items.itemTo()).isEqualTo(3);
        CitationMention bracketed = parser.find("第(六)至第(九)项行为").get(0);
        assertThat(bracketed.item()).isEqualTo(6);
        assertThat(bracketed.itemTo()).isEqualTo(9);
    }

    @Test
    void searchQueriesParseIntoReferences() {
        CitationMention a = parser.parseReference("行政处罚法第五十一条").orElseThrow();
        assertThat(a.lawTitle()).isEqualTo("行政处罚法");
        assertThat(a.article()).isEqualTo(51);
        CitationMention b = parser.parseReference("食品安全法第124条").orElseThrow();
        assertThat(b.article()).isEqualTo(124);
        CitationMention c = parser.parseReference(" 《道路交通安全法》第九十一条第二款 ").orElseThrow();
        assertThat(c.lawTitle()).isEqualTo("道路交通安全法");
        assertThat(c.paragraph()).isEqualTo(2);
        assertThat(parser.parseReference("中华人民共和国行政处罚法第五十一条").orElseThrow().lawTitle())
                .isEqualTo("中华人民共和国行政处罚法");
        assertThat(parser.parseReference("食品安全 罚款")).isEmpty();
        assertThat(parser.parseReference("本法第十条")).isEmpty();
    }
}
