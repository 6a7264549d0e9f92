package cn.esip.kg.parse;

import cn.esip.kg.domain.Citation;
import cn.esip.kg.domain.EffectLevel;
import cn.esip.kg.domain.ImportProblem;
import cn.esip.kg.domain.LawRelation;
import cn.esip.kg.domain.LawVersion;
import cn.esip.kg.domain.Provision;
import cn.esip.kg.domain.ProvisionLevel;
import cn.esip.kg.domain.Validity;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The parser on a small hand-written corpus covering every level and the usual kinds of damage. */
class CorpusParserTest {

    static final String FOOD_LAW_2015 = """
            # 中华人民共和国食品卫生法

            2009年2月28日 第十一届全国人民代表大会常务委员会第七次会议通过

            2015年4月24日 第十二届全国人民代表大会常务委员会第十四次会议修订

            <!-- INFO END -->

            ## 第一章 总则

            第一条 为了保证食品安全，制定本法。

            第二条 食品生产经营者应当依照本法第一条的规定从事生产经营活动。

            ## 第二章 食品生产

            ### 第一节 一般规定

            第三条 禁止生产经营下列食品：

            （一）腐败变质的食品；

            （二）病死的禽畜肉类：

            1. 病死的家禽；

            2. 病死的家畜。

            违反前款第（一）项规定的，依照本法第五条处罚。

            第三条之一 网络食品交易第三方平台应当审查入网经营者。

            ### 第二节 特别规定

            第四条 本节所称特殊食品，适用本条第二款。

            特殊食品实行注册制度。

            违反前两款规定的，依照第三条第一款第（二）项处理。

            ## 第三章 法律责任

            第五条 违反本法规定的，依照《中华人民共和国行政处罚法》第五十一条和《国家赔偿法》第二条处理。

            第六条 本法自2015年10月1日起施行。
            """;

    static final String FOOD_LAW_2009 = """
            # 中华人民共和国食品卫生法

            2009年2月28日 第十一届全国人民代表大会常务委员会第七次会议通过

            2009年2月28日 中华人民共和国主席令第9号公布

            <!-- INFO END -->

            第一条 为了保证食品安全，制定本法。

            第二条 本法自2009年6月1日起施行。
            """;

    static final String PENALTY_LAW = """
            # 中华人民共和国行政处罚法

            1996年3月17日 第八届全国人民代表大会第四次会议通过

            2021年1月22日 中华人民共和国主席令第70号公布

            <!-- INFO END -->

            """ + articles(60);

    static final String REGULATION = """
            # 中华人民共和国食品卫生法实施条例

            2019年10月11日 中华人民共和国国务院令第721号公布

            <!-- INFO END -->

            第一条 根据《中华人民共和国食品卫生法》（以下简称食品卫生法），制定本条例。

            第二条 依照食品卫生法第三条之一和《食品卫生法》第四条第二款的规定，适用本条例第一条。

            第三条 违反《食品卫生法》第九十九条的，适用《中华人民共和国婚姻法》第二条。
            """;

    static final String MINISTRY_RULE = """
            # 食品召回管理办法

            2015年3月11日 国家食品药品监督管理总局令第12号公布

            <!-- INFO END -->

            第一条 为了加强食品召回管理，根据食品卫生法第四条，制定本办法。

            第二条 本办法所称食品包括：

            1. 预包装食品；

            2. 散装食品。

            召回的食品应当销毁。

            第三条 本办法自2015年9月1日起施行。
            """;

    static final String LOCAL_REGULATION = """
            # 东营市养犬管理条例

            2017年8月31日 东营市第八届人民代表大会常务委员会第5次会议通过

            2017年9月30日 山东省第十二届人民代表大会常务委员会第三十二次会议批准

            <!-- INFO END -->

            第一条 为了规范养犬行为，制定本条例。

            第二条 本条例自2018年1月1日起施行。
            """;

    static final String GOVERNMENT_RULE = """
            # 郑州市城市养犬管理办法

            2020年5月6日 郑州市人民政府令第230号公布

            <!-- INFO END -->

            第一条 为了加强养犬管理，制定本办法。
            """;

    static final String JUDICIAL = """
            # 最高人民法院关于审理食品安全纠纷案件适用法律若干问题的解释

            2020年12月8日 最高人民法院审判委员会第1821次会议通过

            <!-- INFO END -->

            第一条 依照食品卫生法第五条的规定处理。
            """;

    static final String BROKEN_NUMBERING = """
            # 某某管理规定

            2001年1月1日 某部令第1号发布

            <!-- INFO END -->

            第一条 总则。

            第二条 范围。

            第五条 跳号的条文。

            第五条 重复的条文。
            """;

    static final String TABLE_OF_CONTENTS = """
            # 某某献血条例

            2021年11月26日 某市人民代表大会常务委员会第三十五次会议通过

            <!-- INFO END -->

            ## 第一章 总 则

            ## 第二章 附 则

            ## 第一章 总 则

            第一条 为了规范献血，制定本条例。

            ## 第二章 附 则

            第二条 本条例自2022年3月1日起施行。

            ## 第二章 重复的章

            第三条 重复章下的条文。
            """;

    static final String HEADINGS_ONLY = """
            # 某某条例

            <!-- INFO END -->

            ## 第一章 总则

            ## 第二章 附则
            """;

    static final String CODE_PARTS_GENERAL = """
            # 中华人民共和国民法典

            # 总则编

            2020年5月28日 第十三届全国人民代表大会第三次会议通过

            <!-- INFO END -->

            ## 第一章 基本规定

            第一条 为了保护民事主体的合法权益，制定本法。

            第二条 民法调整平等主体之间的关系。
            """;

    static final String CODE_PARTS_PROPERTY = """
            # 中华人民共和国民法典

            # 物权编

            2020年5月28日 第十三届全国人民代表大会第三次会议通过

            <!-- INFO END -->

            ## 第一分编 通则

            ### 第一章 一般规定

            第三条 本编调整物权关系，适用本法第一条。
            """;

    static String articles(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            sb.append("第").append(cn.esip.nlp.text.ChineseNumerals.format(i)).append("条 条文").append(i).append("。\n\n");
        }
        return sb.toString();
    }

    static Map<String, String> corpus() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("行政法/食品卫生法(2015-04-24).md", FOOD_LAW_2015);
        files.put("行政法/食品卫生法(2009-02-28).md", FOOD_LAW_2009);
        files.put("行政法/行政处罚法(2021-01-22).md", PENALTY_LAW);
        files.put("行政法规/食品卫生法实施条例(2019-10-11).md", REGULATION);
        files.put("部门规章/市场监督管理总局/食品召回管理办法(2015-03-11).md", MINISTRY_RULE);
        files.put("DLC/山东地方法规/地方性法规/山东/东营市养犬管理条例(2017-10-11).md", LOCAL_REGULATION);
        files.put("DLC/河南地方法规/地方性法规/河南/郑州市城市养犬管理办法(2020-05-06).md", GOVERNMENT_RULE);
        files.put("司法解释/最高人民法院关于审理食品安全纠纷案件适用法律若干问题的解释(2020-12-08).md", JUDICIAL);
        files.put("部门规章/某部/某某管理规定(2001-01-01).md", BROKEN_NUMBERING);
        files.put("DLC/北京地方法规/地方性法规/北京/某某条例.md", HEADINGS_ONLY);
        files.put("DLC/北京地方法规/地方性法规/北京/某某献血条例(2021-11-26).md", TABLE_OF_CONTENTS);
        files.put("DLC/山东地方法规/地方性法规/山东/山东省实施《中华人民共和国食品卫生法》办法(2020-01-01).md", """
                # 山东省实施《中华人民共和国食品卫生法》办法

                2020年1月1日 山东省第十三届人民代表大会常务委员会第十五次会议通过

                <!-- INFO END -->

                第一条 根据《中华人民共和国食品卫生法》，结合本省实际，制定本办法。
                """);
        files.put("民法典/总则.md", CODE_PARTS_GENERAL);
        files.put("民法典/物权编.md", CODE_PARTS_PROPERTY);
        files.put("行政法/空文件(2020-01-01).md", "");
        files.put("案例/某案例.md", "# 某案例\n\n第一条 不是法律。\n");
        return files;
    }

    private final ParsedCorpus parsed = new CorpusParser(LocalDate.of(2024, 1, 1)).parseTexts(corpus());

    private LawVersion version(String title, String date) {
        return parsed.versions().stream().filter(v -> v.title().equals(title)
                && String.valueOf(v.versionDate()).equals(date)).findFirst().orElseThrow();
    }

    private static Provision provision(LawVersion v, String codeSuffix) {
        return v.provisions().stream().filter(p -> p.code().endsWith(codeSuffix)).findFirst().orElseThrow();
    }

    @Test
    void metadataAndLevels() {
        LawVersion food = version("中华人民共和国食品卫生法", "2015-04-24");
        assertThat(food.level()).isEqualTo(EffectLevel.LAW);
        assertThat(food.regionCode()).isEqualTo("100000");
        assertThat(food.lawCode()).startsWith("11-100000-2009-");
        assertThat(food.shortTitle()).isEqualTo("食品卫生法");
        assertThat(food.effective()).isEqualTo(LocalDate.of(2015, 10, 1));
        assertThat(food.enactingBody()).isEqualTo("全国人民代表大会常务委员会");
        assertThat(food.history()).hasSize(2);
        assertThat(food.category()).isEqualTo("行政法");

        LawVersion reg = version("中华人民共和国食品卫生法实施条例", "2019-10-11");
        assertThat(reg.level()).isEqualTo(EffectLevel.ADMINISTRATIVE_REGULATION);
        assertThat(reg.docNumber()).isEqualTo("国务院令第721号");
        assertThat(reg.enactingBody()).isEqualTo("国务院");

        assertThat(version("食品召回管理办法", "2015-03-11").level()).isEqualTo(EffectLevel.DEPARTMENTAL_RULE);
        LawVersion dog = version("东营市养犬管理条例", "2017-10-11");
        assertThat(dog.level()).isEqualTo(EffectLevel.LOCAL_REGULATION);
        assertThat(dog.regionCode()).isEqualTo("370500");
        assertThat(dog.lawCode()).startsWith("40-370500-2017-");
        LawVersion zz = version("郑州市城市养犬管理办法", "2020-05-06");
        assertThat(zz.level()).isEqualTo(EffectLevel.LOCAL_GOVERNMENT_RULE);
        assertThat(zz.regionCode()).isEqualTo("410100");
        assertThat(zz.docNumber()).isEqualTo("郑州市人民政府令第230号");
        assertThat(version("最高人民法院关于审理食品安全纠纷案件适用法律若干问题的解释", "2020-12-08").level())
                .isEqualTo(EffectLevel.JUDICIAL_INTERPRETATION);
        assertThat(version("中华人民共和国食品卫生法", "2009-02-28").docNumber()).isEqualTo("主席令第9号");
    }

    @Test
    void versionsShareTheLawCodeAndValidityFollowsDates() {
        LawVersion newer = version("中华人民共和国食品卫生法", "2015-04-24");
        LawVersion older = version("中华人民共和国食品卫生法", "2009-02-28");
        assertThat(newer.lawCode()).isEqualTo(older.lawCode());
        assertThat(newer.validity()).isEqualTo(Validity.IN_FORCE);
        assertThat(older.validity()).isEqualTo(Validity.AMENDED);
        assertThat(parsed.relations()).contains(new LawRelation(newer.versionId(), older.versionId(),
                LawRelation.Kind.SUPERSEDES));
        LawVersion reg = version("中华人民共和国食品卫生法实施条例", "2019-10-11");
        assertThat(parsed.relations()).contains(new LawRelation(reg.lawCode(), newer.lawCode(),
                LawRelation.Kind.IMPLEMENTS));
        LawVersion local = parsed.versions().stream().filter(v -> v.title().startsWith("山东省实施")).findFirst().orElseThrow();
        assertThat(local.regionCode()).isEqualTo("370000");
        assertThat(parsed.relations()).contains(new LawRelation(local.lawCode(), newer.lawCode(),
                LawRelation.Kind.IMPLEMENTS));
        assertThat(local.citations()).singleElement().satisfies(c -> assertThat(c.targetCode()).isEqualTo(newer.lawCode()));
    }

    @Test
    void futureEffectiveDateMeansNotYetEffective() {
        ParsedCorpus early = new CorpusParser(LocalDate.of(2015, 6, 1)).parseTexts(corpus());
        LawVersion newer = early.versions().stream().filter(v -> v.title().equals("中华人民共和国食品卫生法")
                && v.versionDate().getYear() == 2015).findFirst().orElseThrow();
        LawVersion older = early.versions().stream().filter(v -> v.title().equals("中华人民共和国食品卫生法")
                && v.versionDate().getYear() == 2009).findFirst().orElseThrow();
        assertThat(newer.validity()).isEqualTo(Validity.NOT_YET_EFFECTIVE);
        assertThat(older.validity()).isEqualTo(Validity.IN_FORCE);
    }

    @Test
    void structureArticlesParagraphsItemsAndSubitems() {
        LawVersion food = version("中华人民共和国食品卫生法", "2015-04-24");
        String law = food.lawCode();
        Provision chapter2 = provision(food, "/P00.00.02.00");
        assertThat(chapter2.level()).isEqualTo(ProvisionLevel.CHAPTER);
        Provision section1 = provision(food, "/P00.00.02.01");
        assertThat(section1.parentCode()).isEqualTo(chapter2.code());
        Provision art3 = provision(food, "/00030000000");
        assertThat(art3.parentCode()).isEqualTo(section1.code());
        assertThat(art3.text()).contains("禁止生产经营下列食品", "（一）腐败变质的食品", "1. 病死的家禽", "违反前款");
        assertThat(provision(food, "/00030010100").text()).startsWith("（一）");
        assertThat(provision(food, "/00030010200").level()).isEqualTo(ProvisionLevel.ITEM);
        Provision sub = provision(food, "/00030010202");
        assertThat(sub.level()).isEqualTo(ProvisionLevel.SUBITEM);
        assertThat(sub.parentCode()).isEqualTo(law + "/00030010200");
        assertThat(provision(food, "/00030020000").text()).startsWith("违反前款");
        Provision art31 = provision(food, "/00031000000");
        assertThat(art31.label()).isEqualTo("第三条之一");
        assertThat(provision(food, "/00040030000").parentCode()).isEqualTo(law + "/00040000000");
        // provisions are in document order
        assertThat(food.provisions()).extracting(Provision::ordinal).isSorted();
        // "1." lines after a paragraph that ends with a colon are its items when there is no （一）
        LawVersion rule = version("食品召回管理办法", "2015-03-11");
        assertThat(provision(rule, "/00020010200").text()).isEqualTo("2. 散装食品。");
        assertThat(provision(rule, "/00020020000").text()).isEqualTo("召回的食品应当销毁。");
        // rules without chapters: articles at the top
        assertThat(provision(version("食品召回管理办法", "2015-03-11"), "/00010000000").parentCode()).isNull();
    }

    @Test
    void partsOfOneLawInSeveralFilesAreMerged() {
        List<LawVersion> code = parsed.versions().stream().filter(v -> v.title().equals("中华人民共和国民法典")).toList();
        assertThat(code).hasSize(1);
        LawVersion v = code.get(0);
        assertThat(v.sourceFile()).contains("民法典/总则.md", "民法典/物权编.md");
        assertThat(provision(v, "/P01.00.00.00").label()).contains("总则编");
        assertThat(provision(v, "/P02.01.01.00").level()).isEqualTo(ProvisionLevel.CHAPTER);
        assertThat(provision(v, "/00030000000").parentCode()).endsWith("/P02.01.01.00");
        assertThat(v.citations()).anyMatch(c -> c.resolved() && c.targetCode().endsWith("/00010000000"));
    }

    @Test
    void citationsResolveWithinAndAcrossLaws() {
        LawVersion food = version("中华人民共和国食品卫生法", "2015-04-24");
        String law = food.lawCode();
        String penalty = version("中华人民共和国行政处罚法", "2021-01-22").lawCode();
        assertThat(food.citations()).extracting(Citation::text, Citation::targetCode).contains(
                org.assertj.core.groups.Tuple.tuple("本法第一条", law + "/00010000000"),
                org.assertj.core.groups.Tuple.tuple("前款第（一）项", law + "/00030010100"),
                org.assertj.core.groups.Tuple.tuple("本法第五条", law + "/00050000000"),
                org.assertj.core.groups.Tuple.tuple("本条第二款", law + "/00040020000"),
                org.assertj.core.groups.Tuple.tuple("前两款", law + "/00040010000"),
                org.assertj.core.groups.Tuple.tuple("前两款", law + "/00040020000"),
                org.assertj.core.groups.Tuple.tuple("第三条第一款第（二）项", law + "/00030010200"),
                org.assertj.core.groups.Tuple.tuple("《中华人民共和国行政处罚法》第五十一条", penalty + "/00510000000"));
        Citation missing = food.citations().stream().filter(c -> c.text().startsWith("《国家赔偿法》")).findFirst().orElseThrow();
        assertThat(missing.status()).isEqualTo(Citation.Status.TARGET_LAW_MISSING);
        assertThat(missing.targetLawTitle()).isEqualTo("国家赔偿法");
        assertThat(missing.fromCode()).isEqualTo(law + "/00050010000");

        LawVersion reg = version("中华人民共和国食品卫生法实施条例", "2019-10-11");
        assertThat(reg.citations()).extracting(Citation::text, Citation::targetCode).contains(
                org.assertj.core.groups.Tuple.tuple("食品卫生法第三条之一", law + "/00031000000"),
                org.assertj.core.groups.Tuple.tuple("《食品卫生法》第四条第二款", law + "/00040020000"),
                org.assertj.core.groups.Tuple.tuple("本条例第一条", reg.lawCode() + "/00010000000"));
        assertThat(reg.citations()).filteredOn(c -> c.text().contains("第九十九条"))
                .extracting(Citation::status).containsExactly(Citation.Status.TARGET_PROVISION_MISSING);
        assertThat(reg.citations()).filteredOn(c -> c.text().contains("婚姻法"))
                .extracting(Citation::status).containsExactly(Citation.Status.TARGET_LAW_MISSING);
        // bare short title in a ministry rule and a judicial interpretation
        assertThat(version("食品召回管理办法", "2015-03-11").citations()).extracting(Citation::targetCode)
                .contains(law + "/00040000000");
    }

    @Test
    void searchQueriesResolveThroughThePort() {
        cn.esip.kg.cite.LawCatalog catalog = new cn.esip.kg.cite.LawCatalog(parsed.versions());
        cn.esip.nlp.cite.ProvisionResolver resolver = new cn.esip.kg.cite.CitationResolver(catalog);
        cn.esip.nlp.cite.CitationParser queries = new cn.esip.nlp.cite.CitationParser(catalog::knows);
        String law = version("中华人民共和国食品卫生法", "2015-04-24").lawCode();
        assertThat(resolver.resolve(queries.parseReference("食品卫生法第3条之一").orElseThrow(), null).targetCodes())
                .containsExactly(law + "/00031000000");
        assertThat(resolver.resolve(queries.parseReference("《中华人民共和国食品卫生法》第四条第二款").orElseThrow(), null)
                .targetCodes()).containsExactly(law + "/00040020000");
        assertThat(resolver.resolve(queries.parseReference("食品卫生法第九十九条").orElseThrow(), null).outcome())
                .isEqualTo(cn.esip.nlp.cite.ProvisionResolver.Outcome.TARGET_PROVISION_MISSING);
        assertThat(resolver.resolve(queries.parseReference("婚姻法第二条").orElseThrow(), null).outcome())
                .isEqualTo(cn.esip.nlp.cite.ProvisionResolver.Outcome.TARGET_LAW_MISSING);
    }

    @Test
    void damagedFilesAreImportedAndListed() {
        List<ImportProblem> problems = parsed.problems();
        assertThat(problems).anyMatch(p -> p.file().endsWith("某某管理规定(2001-01-01).md")
                && p.problem().contains("numbering not contiguous"));
        assertThat(problems).anyMatch(p -> p.file().endsWith("某某管理规定(2001-01-01).md")
                && p.problem().contains("duplicate article"));
        assertThat(problems).anyMatch(p -> p.file().endsWith("某某条例.md") && p.problem().equals("headings without articles"));
        assertThat(problems).anyMatch(p -> p.file().endsWith("某某条例.md") && p.problem().contains("no history"));
        assertThat(problems).anyMatch(p -> p.file().endsWith("空文件(2020-01-01).md") && p.problem().equals("empty file"));
        // the damaged files are still versions
        assertThat(parsed.versions()).anyMatch(v -> v.title().equals("某某管理规定"));
        assertThat(parsed.versions()).anyMatch(v -> v.title().equals("某某条例"));
        assertThat(parsed.versions()).noneMatch(v -> v.title().equals("某案例"));
        LawVersion headingsOnly = parsed.versions().stream().filter(v -> v.title().equals("某某条例")).findFirst().orElseThrow();
        assertThat(parsed.text(headingsOnly.versionId())).contains("## 第一章 总则");
        CorpusStats s = parsed.stats();
        assertThat(s.files()).isEqualTo(15);
        // a table of contents before the text is no problem; a chapter number used twice is
        assertThat(problems).filteredOn(p -> p.file().contains("某某献血条例")).extracting(ImportProblem::problem)
                .containsExactly("duplicate heading 第二章 重复的章");
        LawVersion toc = parsed.versions().stream().filter(v -> v.title().equals("某某献血条例")).findFirst().orElseThrow();
        assertThat(provision(toc, "/00020000000").parentCode()).endsWith("/P00.00.02.00");
        assertThat(toc.provisions()).filteredOn(p -> p.level() == ProvisionLevel.CHAPTER).hasSize(2);
        assertThat(s.numberingGaps()).isEqualTo(1);
        assertThat(s.versions()).isEqualTo(14);
    }

    @Test
    void sameCorpusGivesSameCodes() {
        ParsedCorpus again = new CorpusParser(LocalDate.of(2024, 1, 1)).parseTexts(corpus());
        assertThat(again.versions()).extracting(LawVersion::versionId)
                .containsExactlyElementsOf(parsed.versions().stream().map(LawVersion::versionId).toList());
    }

    @Test
    void legalTermsListTitlesAndShortTitles() {
        assertThat(parsed.terms().titles()).contains("中华人民共和国食品卫生法", "东营市养犬管理条例");
        assertThat(parsed.terms().shortTitles()).contains("食品卫生法", "行政处罚法");
        assertThat(parsed.terms().all()).contains("食品卫生法", "中华人民共和国食品卫生法");
    }
}
