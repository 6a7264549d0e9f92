package cn.esip.kg.cases;

import cn.esip.kg.index.ArticleReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class CaseLibraryTest {

    @TempDir
    Path root;

    @Test
    void readsHeadlineFactsAndTheArticlesTheIndexHolds() throws Exception {
        Path folder = Files.createDirectories(root.resolve("案例/消费"));
        Files.writeString(folder.resolve("甲诉乙买卖合同纠纷案.md"), """
                # 经营者欺诈的，应当按照消费者权益保护法承担赔偿责任

                <!-- INFO END -->

                ## 基本案情

                甲从乙处购买二手车一辆，乙隐瞒了该车曾经大修的事实。

                ## 裁判理由

                依照《中华人民共和国消费者权益保护法》第五十五条、《不存在的法》第三条的规定判决。
                """);
        Files.writeString(folder.resolve("broken.md"), "");
        List<String> problems = new ArrayList<>();
        List<TypicalCase> cases = CaseLibrary.read(root, root.resolve("案例"), ref -> resolve(ref), problems);
        assertThat(cases).hasSize(2);
        TypicalCase c = cases.stream().filter(k -> k.name().equals("甲诉乙买卖合同纠纷案")).findFirst().orElseThrow();
        assertThat(c.id()).isEqualTo("案例/消费/甲诉乙买卖合同纠纷案.md");
        assertThat(c.category()).isEqualTo("消费");
        assertThat(c.headline()).startsWith("经营者欺诈的");
        assertThat(c.facts()).isEqualTo("甲从乙处购买二手车一辆，乙隐瞒了该车曾经大修的事实。");
        assertThat(c.cites()).containsExactly("11-100000-1993-0001/00550000000");

        CaseLibrary.save(cases, root);
        assertThat(CaseLibrary.load(root)).isEqualTo(cases);
        assertThat(CaseLibrary.load(root.resolve("none"))).isEmpty();
    }

    private static Optional<String> resolve(ArticleReference ref) {
        return ref.lawTitle().equals("中华人民共和国消费者权益保护法") && ref.article() == 55
                ? Optional.of("11-100000-1993-0001/00550000000") : Optional.empty();
    }
}
