package cn.esip.kg.index;

import cn.esip.kg.domain.EffectLevel;
import cn.esip.kg.domain.LawVersion;
import cn.esip.kg.domain.Validity;
import cn.esip.kg.search.SearchHit;
import cn.esip.kg.search.SearchMode;
import cn.esip.kg.search.SearchRequest;
import cn.esip.kg.testing.LawFixture;
import cn.esip.kg.testing.SampleCorpus;
import cn.esip.nlp.segment.LegalDictionary;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LawIndexTest {

    @TempDir
    static Path data;
    static LawSearcher searcher;

    @BeforeAll
    static void build() {
        IndexManifest m = new LawIndexBuilder(new IndexDirectory(data), 2).build(SampleCorpus.versions(), d -> { });
        assertThat(m.articles()).isEqualTo(3 + 5 + 3 + 2 + 2);
        searcher = LawSearcher.open(new IndexDirectory(data));
    }

    @AfterAll
    static void close() throws Exception {
        searcher.close();
    }

    private static List<SearchHit> search(String q, String level, String region, String validity, LocalDate on) {
        return searcher.retrieve(SearchRequest.fromUser(q, level, region, validity == null ? "any" : validity, on, 10, "hybrid", null));
    }

    @Test
    void whatAUserTypedBecomesOneTypedRequestWithOneDefault() {
        SearchRequest plain = SearchRequest.fromUser("罚款", " ", "", null, null, 10, null, null);
        assertThat(plain.validity()).isEqualTo(Validity.IN_FORCE);
        assertThat(plain.level()).isNull();
        assertThat(plain.region()).isNull();
        assertThat(plain.mode()).isEqualTo(SearchMode.HYBRID);
        assertThat(SearchRequest.fromUser("罚款", null, null, null, LocalDate.of(2018, 1, 1), 10, null, null).validity()).isNull();
        SearchRequest typed = SearchRequest.fromUser("罚款", "11", "370000", "ANY", null, 10, "bm25", null);
        assertThat(typed.level()).isEqualTo(EffectLevel.LAW);
        assertThat(typed.validity()).isNull();
        assertThat(typed.mode()).isEqualTo(SearchMode.BM25);
        assertThat(SearchRequest.fromUser("罚款", null, null, "已废止", null, 10, null, null).validity()).isEqualTo(Validity.REPEALED);
        assertThatThrownBy(() -> SearchRequest.fromUser("罚款", null, null, "作废", null, 10, null, null))
                .hasMessageContaining("validity");
        assertThatThrownBy(() -> SearchRequest.fromUser("罚款", null, null, null, null, 10, "fuzzy", null))
                .hasMessageContaining("mode");
    }

    @Test
    void bm25FindsTheArticleAndHighlightsTheWords() {
        List<SearchHit> hits = search("罚款或者警告 当场作出行政处罚决定", null, null, "有效", null);
        assertThat(hits).isNotEmpty();
        SearchHit first = hits.get(0);
        assertThat(first.code()).isEqualTo(LawFixture.code(SampleCorpus.PENALTY, 51, 0, 0));
        assertThat(first.versionId()).isEqualTo(SampleCorpus.PENALTY + "@2021-01-22");
        assertThat(first.title()).isEqualTo("中华人民共和国行政处罚法");
        assertThat(first.article()).isEqualTo("第五十一条");
        assertThat(first.chapter()).isEqualTo("第五章 行政处罚的决定");
        assertThat(first.snippet()).contains("<em>");
        assertThat(first.exact()).isFalse();
        assertThat(hits).extracting(SearchHit::validity).containsOnly("有效");
    }

    @Test
    void filtersByLevelRegionAndValidity() {
        assertThat(search("食品 罚款", "地方性法规", null, null, null))
                .isNotEmpty().extracting(SearchHit::lawCode).containsOnly(SampleCorpus.LOCAL);
        assertThat(search("食品 罚款", "40", null, null, null))
                .extracting(SearchHit::lawCode).containsOnly(SampleCorpus.LOCAL);
        assertThat(search("食品", null, "370000", null, null))
                .isNotEmpty().extracting(SearchHit::region).containsOnly("370000");
        assertThat(search("行政处罚", null, null, "已修改", null))
                .isNotEmpty().extracting(SearchHit::versionId).containsOnly(SampleCorpus.PENALTY + "@2017-09-01");
        assertThatThrownBy(() -> search("食品", "不存在的级别", null, null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> search("食品", null, "37", null, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void validOnPicksTheVersionInForceThatDay() {
        assertThat(search("当场 行政处罚决定", null, null, null, LocalDate.of(2018, 5, 1)))
                .isNotEmpty().extracting(SearchHit::versionId).containsOnly(SampleCorpus.PENALTY + "@2017-09-01");
        assertThat(search("当场 行政处罚决定", null, null, null, LocalDate.of(2022, 5, 1)))
                .extracting(SearchHit::versionId).doesNotContain(SampleCorpus.PENALTY + "@2017-09-01")
                .contains(SampleCorpus.PENALTY + "@2021-01-22");
        assertThat(search("当场 行政处罚决定", null, null, null, LocalDate.of(1990, 1, 1))).isEmpty();
    }

    @Test
    void exactLookupRanksTheNamedArticleFirstInItsVersionInForce() {
        List<SearchHit> hits = search("行政处罚法第五十一条", null, null, null, null);
        assertThat(hits.get(0).exact()).isTrue();
        assertThat(hits.get(0).code()).isEqualTo(LawFixture.code(SampleCorpus.PENALTY, 51, 0, 0));
        assertThat(hits.get(0).versionId()).isEqualTo(SampleCorpus.PENALTY + "@2021-01-22");
        assertThat(hits.stream().filter(SearchHit::exact)).hasSize(1);

        SearchHit para = search("中华人民共和国行政处罚法第五十一条第二款", null, null, null, null).get(0);
        assertThat(para.exact()).isTrue();
        assertThat(para.code()).isEqualTo(LawFixture.code(SampleCorpus.PENALTY, 51, 2, 0));

        for (String q : List.of("《食品安全法》第一百二十四条", "食品安全法第124条", "中华人民共和国食品安全法第一百二十四条")) {
            SearchHit food = search(q, null, null, null, null).get(0);
            assertThat(food.exact()).as(q).isTrue();
            assertThat(food.code()).as(q).isEqualTo(LawFixture.code(SampleCorpus.FOOD, 124, 0, 0));
            assertThat(food.score()).isGreaterThan(0);
        }
        SearchHit item = search("《行政处罚法》第九条第一款第（二）项", null, null, null, null).get(0);
        assertThat(item.code()).isEqualTo(LawFixture.code(SampleCorpus.PENALTY, 9, 1, 2));

        // the named article in the version in force on a date
        SearchHit old = search("行政处罚法第五十一条", null, null, null, LocalDate.of(2018, 1, 1)).get(0);
        assertThat(old.exact()).isTrue();
        assertThat(old.versionId()).isEqualTo(SampleCorpus.PENALTY + "@2017-09-01");

        // an article that does not exist gives ordinary BM25 hits only
        assertThat(search("行政处罚法第九百条", null, null, null, null)).noneMatch(SearchHit::exact);
    }

    @Test
    void requestLimits() {
        assertThatThrownBy(() -> SearchRequest.of(" ", 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SearchRequest.of("罚款", 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SearchRequest.of("罚款", 101)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SearchRequest.of("罚".repeat(2001), 10)).isInstanceOf(IllegalArgumentException.class);
        assertThat(searcher.retrieve(SearchRequest.of("，。！", 10))).isEmpty();
        assertThat(searcher.retrieve(SearchRequest.of("罚款", 2))).hasSize(2);
    }

    @Test
    void dictionaryHasTitlesAndDefinedTerms() {
        LegalDictionary dict = IndexDictionary.harvest(SampleCorpus.versions());
        assertThat(dict.words()).contains("中华人民共和国行政处罚法", "行政处罚法", "食品安全法实施条例", "食品生产经营者");
        assertThat(Files.exists(data.resolve("index").resolve(IndexDictionary.FILE))).isTrue();
    }

    @Test
    void aFailedBuildLeavesThePreviousIndexInPlace(@TempDir Path other) throws Exception {
        IndexDirectory dir = new IndexDirectory(other);
        new LawIndexBuilder(dir, 1).build(List.of(SampleCorpus.local()), d -> { });
        LawVersion good = SampleCorpus.food();
        List<cn.esip.kg.domain.Provision> broken = new ArrayList<>(good.provisions());
        broken.add(null);
        LawVersion bad = new LawVersion(good.lawCode(), good.title(), good.shortTitle(), null, null, good.level(),
                good.regionCode(), good.category(), good.versionDate(), null, null, good.validity(), good.history(),
                good.sourceFile(), broken, good.citations());
        assertThatThrownBy(() -> new LawIndexBuilder(dir, 1).build(List.of(SampleCorpus.local(), bad), d -> { }))
                .isInstanceOf(RuntimeException.class);
        try (Stream<Path> s = Files.list(other)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("index");
        }
        try (LawSearcher s = LawSearcher.open(dir, ReferenceParser.none())) {
            assertThat(s.articles()).isEqualTo(2);
        }
    }

    @Test
    void indexResolverResolvesNamedCitationsFromOutsideTheCorpus() {
        IndexProvisionResolver resolver = new IndexProvisionResolver(() -> searcher);
        cn.esip.nlp.cite.CitationParser parser = new cn.esip.nlp.cite.CitationParser(t -> true);
        java.util.function.Function<String, cn.esip.nlp.cite.ProvisionResolver.Resolution> resolve =
                text -> resolver.resolve(parser.find(text).get(0), null);

        var inForce = resolve.apply("依照《行政处罚法》第五十一条第二款的规定");
        assertThat(inForce.resolved()).isTrue();
        assertThat(inForce.lawCode()).isEqualTo(SampleCorpus.PENALTY);
        assertThat(inForce.targetCodes()).containsExactly(LawFixture.code(SampleCorpus.PENALTY, 51, 2, 0));

        var range = resolve.apply("《中华人民共和国行政处罚法》第五十一条至第五十二条");
        assertThat(range.targetCodes()).containsExactly(LawFixture.code(SampleCorpus.PENALTY, 51, 0, 0),
                LawFixture.code(SampleCorpus.PENALTY, 52, 0, 0));

        assertThat(resolve.apply("《行政处罚法》第九百条").outcome())
                .isEqualTo(cn.esip.nlp.cite.ProvisionResolver.Outcome.TARGET_PROVISION_MISSING);
        assertThat(resolve.apply("《不存在的管理条例》第三条").outcome())
                .isEqualTo(cn.esip.nlp.cite.ProvisionResolver.Outcome.TARGET_LAW_MISSING);
        assertThat(resolve.apply("本法第九条").resolved()).isFalse();

        var wholeLaw = resolve.apply("违反了《中华人民共和国食品安全法》的规定");
        assertThat(wholeLaw.resolved()).isTrue();
        assertThat(wholeLaw.lawCode()).isEqualTo(SampleCorpus.FOOD);
        assertThat(searcher.lawCodeOf("食品安全法")).contains(SampleCorpus.FOOD);
        assertThat(searcher.lawCodeOf("不存在的管理条例")).isEmpty();
    }
}
