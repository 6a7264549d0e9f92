package cn.esip.api.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ParseCommandTest {

    @Test
    void writesTheReport(@TempDir Path dir) throws Exception {
        Path corpus = dir.resolve("laws");
        Files.createDirectories(corpus.resolve("行政法"));
        Files.writeString(corpus.resolve("行政法/某法(2020-01-01).md"), """
                # 中华人民共和国某法

                2020年1月1日 第十三届全国人民代表大会常务委员会第十五次会议通过

                <!-- INFO END -->

                第一条 为了某事，制定本法。

                第二条 依照本法第一条和《中华人民共和国另法》第三条处理。

                第四条 跳号。
                """);
        Path report = dir.resolve("out/report.json");
        int rc = EsipMain.commandLine().execute("parse", "--corpus", corpus.toString(), "--report", report.toString());
        assertThat(rc).isZero();
        JsonNode r = new ObjectMapper().readTree(report.toFile());
        assertThat(r.get("files").asInt()).isEqualTo(1);
        assertThat(r.get("articles").asInt()).isEqualTo(3);
        assertThat(r.get("numberingGaps").asInt()).isEqualTo(1);
        assertThat(r.get("citations").get("total").asInt()).isEqualTo(2);
        assertThat(r.get("citations").get("resolved").asInt()).isEqualTo(1);
        assertThat(r.get("citations").get("unresolvedTargetMissing").asInt()).isEqualTo(1);
        assertThat(r.get("problems").get(0).get("problem").asText()).contains("numbering");
        assertThat(r.has("seconds")).isTrue();
    }

    @Test
    void missingCorpusIsAUsageError(@TempDir Path dir) {
        StringWriter err = new StringWriter();
        var cl = EsipMain.commandLine();
        cl.setErr(new PrintWriter(err));
        int rc = cl.execute("parse", "--corpus", dir.resolve("nope").toString());
        assertThat(rc).isEqualTo(2);
        assertThat(err.toString()).contains("corpus folder not found");
    }
}
