package cn.esip.kg.testing;

import cn.esip.kg.domain.EffectLevel;
import cn.esip.kg.domain.LawRelation;
import cn.esip.kg.domain.LawVersion;
import cn.esip.kg.domain.Validity;

import java.util.List;

/** A handful of hand-written laws: two versions of one law, a regulation implementing another, a local rule. */
public final class SampleCorpus {

    public static final String PENALTY = "11-100000-1996-0001";
    public static final String FOOD = "11-100000-2009-0001";
    public static final String FOOD_RULES = "20-100000-2009-0001";
    public static final String LOCAL = "40-370000-2015-0001";

    private SampleCorpus() {
    }

    public static LawVersion penalty2017() {
        return LawFixture.law(PENALTY, "中华人民共和国行政处罚法", "行政处罚法", EffectLevel.LAW, "100000", "2017-09-01", Validity.AMENDED)
                .chapter("第一章 总则")
                .article(1, "第一条", "为了规范行政处罚的设定和实施，制定本法。")
                .article(2, "第二条", "旧版本的第二条规定了处罚的种类。")
                .chapter("第五章 行政处罚的决定")
                .article(51, "第五十一条", "违法事实确凿并有法定依据，对公民处以五十元以下罚款的，可以当场作出行政处罚决定。")
                .build();
    }

    public static LawVersion penalty2021() {
        String a51 = LawFixture.code(PENALTY, 51, 2, 0);
        return LawFixture.law(PENALTY, "中华人民共和国行政处罚法", "行政处罚法", EffectLevel.LAW, "100000", "2021-01-22", Validity.IN_FORCE)
                .chapter("第一章 总则")
                .article(1, "第一条", "为了规范行政处罚的设定和实施，保障和监督行政机关有效实施行政管理，制定本法。")
                .article(2, "第二条", "行政处罚是指行政机关依法对违反行政管理秩序的公民、法人或者其他组织，以减损权益或者增加义务的方式予以惩戒的行为。")
                .article(9, "第九条", "行政处罚的种类：\n警告、通报批评；\n罚款、没收违法所得、没收非法财物；\n暂扣许可证件、降低资质等级、吊销许可证件。")
                .chapter("第五章 行政处罚的决定")
                .article(51, "第五十一条",
                        "违法事实确凿并有法定依据，对公民处以二百元以下、对法人或者其他组织处以三千元以下罚款或者警告的行政处罚的，可以当场作出行政处罚决定。",
                        "法律另有规定的，从其规定。")
                .article(52, "第五十二条", "执法人员当场作出行政处罚决定的，应当向当事人出示执法证件，填写预定格式、编有号码的行政处罚决定书。",
                        "依照前款规定当场作出的行政处罚决定，应当报所属行政机关备案。")
                .cite(LawFixture.code(PENALTY, 52, 2, 0), "前款", null, LawFixture.code(PENALTY, 52, 1, 0))
                .cite(a51, "本法第九条", null, LawFixture.code(PENALTY, 9, 0, 0))
                .build();
    }

    public static LawVersion food() {
        return LawFixture.law(FOOD, "中华人民共和国食品安全法", "食品安全法", EffectLevel.LAW, "100000", "2021-04-29", Validity.IN_FORCE)
                .chapter("第一章 总则")
                .article(1, "第一条", "为了保证食品安全，保障公众身体健康和生命安全，制定本法。")
                .article(2, "第二条", "本法所称食品生产经营者，是指从事食品生产、食品销售、餐饮服务的单位和个人。")
                .chapter("第九章 法律责任")
                .article(124, "第一百二十四条", "违反本法规定，生产经营致病性微生物超过食品安全标准限量的食品，由县级以上人民政府食品安全监督管理部门没收违法所得和违法生产经营的食品，并处罚款。",
                        "处罚程序依照《中华人民共和国行政处罚法》第五十一条的规定执行。")
                .cite(LawFixture.code(FOOD, 124, 2, 0), "《中华人民共和国行政处罚法》第五十一条", "中华人民共和国行政处罚法",
                        LawFixture.code(PENALTY, 51, 0, 0))
                .cite(LawFixture.code(FOOD, 124, 1, 0), "《食品添加剂管理条例》第三条", "食品添加剂管理条例", null)
                .build();
    }

    public static LawVersion foodRules() {
        return LawFixture.law(FOOD_RULES, "中华人民共和国食品安全法实施条例", "食品安全法实施条例", EffectLevel.ADMINISTRATIVE_REGULATION,
                        "100000", "2019-10-11", Validity.IN_FORCE)
                .article(1, "第一条", "根据《中华人民共和国食品安全法》，制定本条例。")
                .article(2, "第二条", "食品生产经营者应当依照食品安全法第一百二十四条承担责任，建立食品安全追溯体系。")
                .cite(LawFixture.code(FOOD_RULES, 2, 1, 0), "食品安全法第一百二十四条", "食品安全法", LawFixture.code(FOOD, 124, 0, 0))
                .build();
    }

    public static LawVersion local() {
        return LawFixture.law(LOCAL, "山东省食品小作坊小餐饮和食品摊点管理条例", null, EffectLevel.LOCAL_REGULATION, "370000",
                        "2015-04-01", Validity.IN_FORCE)
                .article(1, "第一条", "为了加强食品小作坊、小餐饮和食品摊点管理，保证食品安全，制定本条例。")
                .article(2, "第二条", "食品摊点经营者应当保持摊点整洁，违反的处二百元罚款。")
                .build();
    }

    public static List<LawVersion> versions() {
        return List.of(penalty2017(), penalty2021(), food(), foodRules(), local());
    }

    public static List<LawRelation> relations() {
        return List.of(
                new LawRelation(PENALTY + "@2021-01-22", PENALTY + "@2017-09-01", LawRelation.Kind.SUPERSEDES),
                new LawRelation(FOOD_RULES, FOOD, LawRelation.Kind.IMPLEMENTS));
    }
}
