package cn.esip.kg.dense;

import cn.esip.kg.domain.EffectLevel;
import cn.esip.kg.domain.LawVersion;
import cn.esip.kg.domain.Validity;
import cn.esip.kg.index.IndexDirectory;
import cn.esip.kg.index.LawIndexBuilder;
import cn.esip.kg.index.LawSearcher;
import cn.esip.kg.qa.LawQa;
import cn.esip.kg.qa.QaAnswer;
import cn.esip.kg.search.SearchHit;
import cn.esip.kg.search.SearchMode;
import cn.esip.kg.search.SearchRequest;
import cn.esip.kg.search.SearchResult;
import cn.esip.kg.testing.LawFixture;
import cn.esip.nlp.encode.BgeTextEmbedder;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Vectors from the real bge-small-zh encoder in a real Lucene HNSW index, fused with BM25, on a corpus of our own. */
class HybridSearchTest {

    static final String HOTEL = "20-100000-2020-0101";
    static final String WATER = "40-330000-2018-0102";
    static final String HOTEL_OLD = "20-100000-2011-0101";

    @TempDir
    static Path data;
    static LawSearcher searcher;
    static DenseManifest first;
    static DenseManifest second;

    static List<LawVersion> corpus() {
        LawVersion hotel = LawFixture.law(HOTEL, "旅馆业治安管理办法", null, EffectLevel.ADMINISTRATIVE_REGULATION, "100000",
                        "2020-11-29", Validity.IN_FORCE)
                .chapter("第一章 总则")
                .article(1, "第一条", "为了保障旅馆业的正常经营和旅客的生命财物安全，维护社会治安，制定本办法。")
                .article(6, "第六条", "旅馆接待旅客住宿必须登记。登记时，应当查验旅客的身份证件，按规定的项目如实登记。")
                .article(7, "第七条", "旅馆应当设置旅客财物保管箱、柜或者保管室，指定专人负责保管工作。")
                .chapter("第三章 法律责任")
                .article(16, "第十六条", "违反本办法第六条规定，不按规定登记住宿旅客信息的，由公安机关责令改正，处二百元以上五百元以下罚款；"
                        + "情节严重的，处五百元以上三千元以下罚款。")
                .cite(LawFixture.code(HOTEL, 16, 1, 0), "本办法第六条", null, LawFixture.code(HOTEL, 6, 0, 0))
                .build();
        LawVersion hotelOld = LawFixture.law(HOTEL_OLD, "旅馆业治安管理办法", null, EffectLevel.ADMINISTRATIVE_REGULATION, "100000",
                        "2011-01-08", Validity.AMENDED)
                .article(6, "第六条", "旅馆接待旅客住宿必须登记。")
                .build();
        LawVersion water = LawFixture.law(WATER, "浙江省河道管理条例", null, EffectLevel.LOCAL_REGULATION, "330000",
                        "2018-05-01", Validity.IN_FORCE)
                .article(1, "第一条", "为了加强河道管理，保障防洪安全，制定本条例。")
                .article(20, "第二十条", "禁止在河道管理范围内倾倒垃圾、渣土，禁止在行洪河道内种植阻碍行洪的林木。")
                .article(30, "第三十条", "违反本条例第二十条规定，在河道管理范围内倾倒垃圾、渣土的，由水行政主管部门责令停止违法行为，"
                        + "处一千元以上一万元以下罚款。")
                .cite(LawFixture.code(WATER, 30, 1, 0), "本条例第二十条", null, LawFixture.code(WATER, 20, 0, 0))
                .build();
        return List.of(hotel, hotelOld, water);
    }

    @BeforeAll
    static void build() throws Exception {
        IndexDirectory dir = new IndexDirectory(data);
        new LawIndexBuilder(dir, 1).build(corpus(), d -> { });
        BgeTextEmbedder embedder = BgeTextEmbedder.shared();
        first = new DenseIndexBuilder(data, embedder, 2).build(dir, (d, t) -> { });
        second = new DenseIndexBuilder(data, embedder, 2).build(dir, (d, t) -> { });
        searcher = LawSearcher.open(dir);
        searcher.attachVectors(new LawSearcher.Vectors(
                DenseSearcher.open(DenseIndexBuilder.vectorsDir(data), searcher.manifest(), embedder.describe()).orElseThrow(),
                embedder));
    }

    @AfterAll
    static void close() throws Exception {
        searcher.close();
    }

    private static List<SearchHit> search(String q, SearchMode mode, String validity) {
        return searcher.search(new SearchRequest(q, null, null, validity == null ? null : Validity.parse(validity), null, 5, mode)).hits();
    }

    @Test
    void everyArticleGetsAVectorAndASecondBuildEncodesNothing() {
        assertThat(first.articles()).isEqualTo(4 + 1 + 3);
        assertThat(first.encoded()).isEqualTo(8);
        assertThat(second.encoded()).isZero();
        assertThat(second.reused()).isEqualTo(8);
    }

    @Test
    void vectorsFindTheObligationFromWordsTheArticleDoesNotUse() {
        List<SearchHit> hits = search("酒店没看客人的身份证就让他住下了", SearchMode.DENSE, "有效");
        assertThat(hits).isNotEmpty();
        assertThat(hits.subList(0, 2)).extracting(SearchHit::articleNumber).contains(6);
        assertThat(hits.get(0).title()).isEqualTo("旅馆业治安管理办法");
    }

    @Test
    void hybridFollowsTheCitationFromTheObligationToItsPenalty() {
        SearchResult r = searcher.search(new SearchRequest("某宾馆前台未查验住客身份证件即安排入住，也没有登记", null, null, Validity.IN_FORCE, null, 5,
                SearchMode.HYBRID));
        assertThat(r.mode()).isEqualTo(SearchMode.HYBRID);
        SearchHit top = r.hits().get(0);
        assertThat(top.articleNumber()).isEqualTo(16);
        assertThat(top.penalty()).isTrue();
        assertThat(top.provisionCode()).isEqualTo(LawFixture.code(HOTEL, 16, 0, 0));
    }

    @Test
    void filtersApplyInsideTheVectorSearch() {
        assertThat(search("旅客住宿登记", SearchMode.DENSE, "已修改")).extracting(SearchHit::versionId)
                .containsOnly(HOTEL_OLD + "@2011-01-08");
        List<SearchHit> local = searcher.search(new SearchRequest("旅客住宿登记", EffectLevel.parse("地方性法规"), null, null, null, 5, SearchMode.DENSE)).hits();
        assertThat(local).isNotEmpty().extracting(SearchHit::title).containsOnly("浙江省河道管理条例");
    }

    @Test
    void aHandlersOwnRegionsLocalRulesAreNotWeighedDown() {
        float away = waterScore(null);
        float hangzhou = waterScore("330100");
        assertThat(hangzhou).as("a Hangzhou handler: Zhejiang's regulation is their own").isGreaterThan(away * 2.5f);
        assertThat(waterScore("330000")).isEqualTo(hangzhou);
        assertThat(waterScore("440300")).as("a Shenzhen handler: another province's rule").isEqualTo(away);
        assertThatThrownBy(() -> new SearchRequest("河道", null, null, null, null, 5, SearchMode.HYBRID, "33"))
                .hasMessageContaining("GB/T 2260");
    }

    private static float waterScore(String home) {
        return searcher.search(new SearchRequest("河道管理范围内倾倒垃圾 罚款", null, null, Validity.IN_FORCE, null, 5, SearchMode.HYBRID, home))
                .hits().stream().filter(h -> h.lawCode().equals(WATER)).findFirst().orElseThrow().score();
    }

    @Test
    void aNamedArticleStillComesFirst() {
        List<SearchHit> hits = search("浙江省河道管理条例第三十条", SearchMode.HYBRID, "有效");
        assertThat(hits.get(0).exact()).isTrue();
        assertThat(hits.get(0).articleNumber()).isEqualTo(30);
    }

    @Test
    void queryLanguageIsSearchedAsText() {
        assertThat(searcher.search(new SearchRequest("*:* title:(", null, null, null, null, 5, SearchMode.HYBRID)).mode())
                .isEqualTo(SearchMode.HYBRID);
        assertThat(searcher.search(new SearchRequest("倾".repeat(2000), null, null, null, null, 5, SearchMode.HYBRID)).hits())
                .isNotEmpty();
    }

    @Test
    void qaQuotesTheSentenceThatAnswersWithItsCitation() {
        QaAnswer a = new LawQa(searcher).answer("不按规定登记住宿旅客信息的，罚款多少？");
        assertThat(a.abstained()).isFalse();
        assertThat(a.answer()).contains("二百元以上五百元以下");
        assertThat(a.citations()).hasSize(1);
        assertThat(a.citations().get(0).articleNumber()).isEqualTo(16);
        assertThat(a.citations().get(0).quote()).isEqualTo(a.answer());
    }

    @Test
    void qaAbstainsWhenNothingAnswers() {
        QaAnswer a = new LawQa(searcher).answer("外国人申请永久居留需要满足哪些条件？");
        assertThat(a.abstained()).isTrue();
        assertThat(a.answer()).isEqualTo(LawQa.ABSTAIN);
    }

    @Test
    void aKilledBuildLeavesTheCacheReadable() throws Exception {
        Path cache;
        try (var files = Files.list(DenseIndexBuilder.vectorsDir(data))) {
            cache = files.filter(p -> p.getFileName().toString().startsWith("cache-")).findFirst().orElseThrow();
        }
        Path copy = data.resolve("cut.bin");
        byte[] bytes = Files.readAllBytes(cache);
        Files.write(copy, java.util.Arrays.copyOf(bytes, bytes.length - 100));
        try (VectorCache c = VectorCache.open(copy, 512)) {
            assertThat(c.size()).isEqualTo(7);
        }
        assertThat(Files.size(copy)).isEqualTo(7L * (16 + 512));
    }
}
