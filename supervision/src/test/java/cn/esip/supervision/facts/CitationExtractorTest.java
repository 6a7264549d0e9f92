package cn.esip.supervision.facts;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CitationExtractorTest {

    static List<String> labels(String clause) {
        return CitationExtractor.extract(clause, "d.txt", 0, 1).stream().map(CitedProvision::label).toList();
    }

    @Test
    void chainsOfArticlesParagraphsAndItems() {
        assertThat(labels("依据《中华人民共和国固体废物污染环境防治法》第一百一十二条第一款第（一）项、第二款的规定"))
                .containsExactly("《中华人民共和国固体废物污染环境防治法》第112条第1款第（1）项", "《中华人民共和国固体废物污染环境防治法》第112条第2款");
        assertThat(labels("违反了《中华人民共和国广告法》第九条第（三）项的规定")).containsExactly("《中华人民共和国广告法》第9条第（3）项");
        assertThat(labels("根据《中华人民共和国行政处罚法》第四十四条、第四十五条和第六十三条的规定"))
                .containsExactly("《中华人民共和国行政处罚法》第44条", "《中华人民共和国行政处罚法》第45条", "《中华人民共和国行政处罚法》第63条");
        assertThat(labels("依照《某条例》第36条第2项")).containsExactly("《某条例》第36条第（2）项");
        assertThat(labels("依据《危险化学品安全管理条例》第\n七十七条第三款")).containsExactly("《危险化学品安全管理条例》第77条第3款");
    }

    @Test
    void aNamedVersionAndALawWithoutArticles() {
        List<CitedProvision> c = CitationExtractor.extract("违反了《中华人民共和国道路运输条例》（2019年3月2日修订）第二十四条第一款的规定", "d", 0, 1);
        assertThat(c).singleElement().satisfies(p -> {
            assertThat(p.namedVersion()).isEqualTo(LocalDate.of(2019, 3, 2));
            assertThat(p.article()).isEqualTo(24);
            assertThat(p.paragraph()).isEqualTo(1);
        });
        assertThat(CitationExtractor.extract("违反了《中华人民共和国广告法》的有关规定", "d", 0, 1))
                .singleElement().satisfies(p -> assertThat(p.depth()).isZero());
    }
}
