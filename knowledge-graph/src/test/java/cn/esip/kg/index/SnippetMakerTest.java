package cn.esip.kg.index;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SnippetMakerTest {

    @Test
    void marksTheQueryWordsAroundTheFirstMatch() {
        String text = "甲".repeat(100) + "违法事实确凿并有法定依据，对公民处以二百元以下罚款的，可以当场作出行政处罚决定。" + "乙".repeat(300);
        String s = new SnippetMaker(List.of("当场", "罚款", "第", "条")).snippet(text);
        assertThat(s).startsWith("…").endsWith("…").contains("<em>罚款</em>", "<em>当场</em>").doesNotContain("<em>第</em>");
        assertThat(s.replace("<em>", "").replace("</em>", "").length()).isLessThanOrEqualTo(SnippetMaker.LENGTH + 2);
    }

    @Test
    void singleCharactersAreMarkedOnlyWhenTheQueryHasNothingLonger() {
        assertThat(new SnippetMaker(List.of("税")).snippet("依法纳税。")).isEqualTo("依法纳<em>税</em>。");
    }

    @Test
    void foldsCaseAndWidthOfLatinLetters() {
        assertThat(new SnippetMaker(List.of("gps")).snippet("安装ＧＰＳ设备")).isEqualTo("安装<em>ＧＰＳ</em>设备");
    }

    @Test
    void noMatchGivesTheBeginning() {
        assertThat(new SnippetMaker(List.of("海关")).snippet("第一条 为了保证食品安全。")).isEqualTo("第一条 为了保证食品安全。");
    }
}
