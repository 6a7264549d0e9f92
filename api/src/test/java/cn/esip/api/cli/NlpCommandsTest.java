package cn.esip.api.cli;

import cn.esip.nlp.cail.CailJson;
import cn.esip.nlp.cail.CailSentence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** esip ie / extract through the real command line and the committed models. */
class NlpCommandsTest {

    private static int run(StringWriter err, String... args) {
        CommandLine cl = EsipMain.commandLine();
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    @Test
    void ieWritesCailLinesWithEntitiesAndRelations(@TempDir Path tmp) throws Exception {
        Path in = tmp.resolve("in.jsonl");
        Files.writeString(in, "{\"sentText\":\"被告人张某某将0.5克甲基苯丙胺以200元的价格贩卖给吸毒人员王某。\"}\n\n"
                + "{\"articleId\":7,\"sentText\":\"李某容留赵某在其家中吸食冰毒。\"}\n", StandardCharsets.UTF_8);
        Path out = tmp.resolve("out.jsonl");
        assertThat(run(new StringWriter(), "ie", "--format", "cail", "--in", in.toString(), "--out", out.toString()))
                .isZero();
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(2);
        CailSentence first = CailJson.parse(lines.get(0));
        assertThat(first.entities()).extracting(e -> e.text() + "/" + e.label()).contains("张某某/Nh", "甲基苯丙胺/NDR");
        assertThat(first.relations()).extracting(r -> r.headText() + ">" + r.label() + ">" + r.tailText())
                .contains("张某某>sell_drugs_to>王某");
        assertThat(lines.get(1)).contains("\"articleId\":7").contains("e1start").contains("em2Text");
    }

    @Test
    void badInputGivesExitTwoAndNoOutput(@TempDir Path tmp) throws Exception {
        Path in = tmp.resolve("bad.jsonl");
        Files.writeString(in, "{\"sentText\":\"好\"}\n{not json\n", StandardCharsets.UTF_8);
        Path out = tmp.resolve("out.jsonl");
        StringWriter err = new StringWriter();
        assertThat(run(err, "ie", "--in", in.toString(), "--out", out.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("line 2");
        assertThat(out).doesNotExist();
        try (var files = Files.list(tmp)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("bad.jsonl");
        }
        assertThat(run(new StringWriter(), "ie", "--format", "conll", "--in", in.toString(), "--out", out.toString()))
                .isEqualTo(2);
    }

    @Test
    void extractRefusesImagesPlainly(@TempDir Path tmp) throws Exception {
        Path pdf = Files.write(tmp.resolve("scan.pdf"), new byte[]{1, 2, 3});
        StringWriter err = new StringWriter();
        assertThat(run(err, "extract", pdf.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("OCR");
    }
}
