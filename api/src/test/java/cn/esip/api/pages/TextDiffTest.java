package cn.esip.api.pages;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The version comparison marks exactly what changed between two texts of an article. */
class TextDiffTest {

    @Test
    void marksTheChangedDeadlineOnBothSides() {
        List<List<TextDiff.Segment>> s = TextDiff.sides("十五日", "三十日");
        assertThat(s.get(0)).containsExactly(new TextDiff.Segment("same", "十"), new TextDiff.Segment("del", "五"),
                new TextDiff.Segment("same", "日"));
        assertThat(s.get(1)).containsExactly(new TextDiff.Segment("ins", "三"), new TextDiff.Segment("same", "十日"));
    }

    @Test
    void eachSideReadsAsItsOwnTextAndTheUnchangedPartsAgree() {
        String before = "处二百元以上五百元以下罚款";
        String after = "处五百元以上三千元以下罚款；情节严重的，吊销许可证";
        List<List<TextDiff.Segment>> s = TextDiff.sides(before, after);
        assertThat(join(s.get(0), null)).isEqualTo(before);
        assertThat(join(s.get(1), null)).isEqualTo(after);
        assertThat(join(s.get(0), "same")).isEqualTo(join(s.get(1), "same")).contains("罚款");
        assertThat(join(s.get(0), "ins")).isEmpty();
        assertThat(join(s.get(1), "del")).isEmpty();
        assertThat(join(s.get(1), "ins")).contains("吊销许可证");
    }

    @Test
    void identicalAndEmptyTexts() {
        assertThat(TextDiff.sides("同一条文", "同一条文").get(0)).containsExactly(new TextDiff.Segment("same", "同一条文"));
        assertThat(TextDiff.sides(null, "新增").get(1)).containsExactly(new TextDiff.Segment("ins", "新增"));
        String longText = "条".repeat(TextDiff.MAX_CHARS + 1);
        assertThat(TextDiff.sides(longText, longText + "新").get(1)).containsExactly(new TextDiff.Segment("ins", longText + "新"));
    }

    private static String join(List<TextDiff.Segment> side, String kind) {
        StringBuilder sb = new StringBuilder();
        side.stream().filter(x -> kind == null || x.kind().equals(kind)).forEach(x -> sb.append(x.text()));
        return sb.toString();
    }
}
