package cn.esip.nlp.cite;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LawNamesTest {

    @Test
    void oneNormalFormWhateverTheUserTyped() {
        String corpus = LawNames.normalize("国务院关于修改〈全国年节及纪念日放假办法〉的决定（试行）");
        assertThat(LawNames.normalize("《国务院关于修改<全国年节及纪念日放假办法>的决定(试行)》")).isEqualTo(corpus);
        assertThat(LawNames.normalize(" 中华人民共和国　行政处罚法 ")).isEqualTo("中华人民共和国行政处罚法");
        assertThat(LawNames.normalize("关于“三定”的规定")).isEqualTo(LawNames.normalize("关于\"三定\"的规定"));
        assertThat(LawNames.normalize(null)).isEmpty();
    }

    @Test
    void aliasesCoverShortTitlesThePrefixAndTrialMarks() {
        assertThat(LawNames.aliases("中华人民共和国食品安全法", null))
                .startsWith("中华人民共和国食品安全法").contains("食品安全法");
        assertThat(LawNames.aliases("河南省实施中华人民共和国土地管理法办法", null)).contains("河南省实施土地管理法办法");
        assertThat(LawNames.aliases("网络预约出租汽车经营服务管理暂行办法(试行)", "网约车办法"))
                .contains("网络预约出租汽车经营服务管理暂行办法（试行）", "网络预约出租汽车经营服务管理暂行办法", "网约车办法");
        assertThat(LawNames.shortTitle("中华人民共和国")).isEqualTo("中华人民共和国");
    }
}
