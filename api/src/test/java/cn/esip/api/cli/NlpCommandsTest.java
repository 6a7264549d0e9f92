package cn.esip.api.cli;

import cn.esip.nlp.ie.CailJson;
import cn.esip.nlp.ie.LabelledSentence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
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
        LabelledSentence first = CailJson.parse(lines.get(0));
        assertThat(first.entities()).extracting(e -> e.text() + "/" + e.label()).contains("张某某/Nh", "甲基苯丙胺/NDR");
        assertThat(first.relations()).extracting(r -> r.headText() + ">" + r.label() + ">" + r.tailText())
                .contains("张某某>sell_drugs_to>王某");
        assertThat(lines.get(1)).contains("\"articleId\":7").contains("e1start").contains("em2Text");
    }

    @Test
    void ieOnSeveralThreadsWritesTheSameLinesInTheInputOrder(@TempDir Path tmp) throws Exception {
        List<String> lines = Files.readAllLines(Paths.get("../../shared/datasets/cail2022-ie/train.jsonl")
                .toAbsolutePath().normalize(), StandardCharsets.UTF_8).subList(0, 150);
        Path in = tmp.resolve("in.jsonl");
        Files.write(in, lines, StandardCharsets.UTF_8);
        Path one = tmp.resolve("one.jsonl");
        Path three = tmp.resolve("three.jsonl");
        assertThat(run(new StringWriter(), "ie", "--ner", "ner-cail", "--threads", "1", "--in", in.toString(),
                "--out", one.toString())).isZero();
        assertThat(run(new StringWriter(), "ie", "--ner", "ner-cail", "--threads", "3", "--in", in.toString(),
                "--out", three.toString())).isZero();
        List<String> a = Files.readAllLines(one, StandardCharsets.UTF_8);
        assertThat(a).hasSize(150);
        for (int i = 0; i < 150; i++) {
            assertThat(CailJson.parse(a.get(i)).text()).isEqualTo(CailJson.parse(lines.get(i)).text());
        }
        assertThat(Files.readAllLines(three, StandardCharsets.UTF_8)).isEqualTo(a);
        StringWriter err = new StringWriter();
        assertThat(run(err, "ie", "--threads", "0", "--in", in.toString(), "--out", tmp.resolve("x").toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("--threads must be 1..64");
    }

    @Test
    void trainingOptionsOutOfRangeAreUsageErrors() {
        StringWriter err = new StringWriter();
        assertThat(run(err, "models", "train", "ner-cail-bge", "--encoder-layers", "5")).isEqualTo(2);
        assertThat(run(err, "models", "train", "ner-cail", "--encoder-layers", "2")).isEqualTo(2);
        assertThat(err.toString()).contains("--encoder-layers must be 1..4 and applies to ner-cail-bge only");
        assertThat(run(err, "models", "train", "ner-cail-ft")).isEqualTo(2);
        assertThat(err.toString()).contains("ner-cail-ft needs --fine-tuned DIR");
        assertThat(run(err, "models", "train", "ner-cail", "--fine-tuned", "/tmp")).isEqualTo(2);
        assertThat(err.toString()).contains("--fine-tuned applies to ner-cail-ft only");
    }

    @Test
    void ieCanUseTheFastTaggerAndRefusesAnUnknownOne(@TempDir Path tmp) throws Exception {
        Path in = tmp.resolve("in.jsonl");
        Files.writeString(in, "{\"sentText\":\"被告人张某某将0.5克甲基苯丙胺贩卖给吸毒人员王某。\"}\n", StandardCharsets.UTF_8);
        Path out = tmp.resolve("out.jsonl");
        assertThat(run(new StringWriter(), "ie", "--ner", "ner-cail", "--in", in.toString(), "--out", out.toString()))
                .isZero();
        assertThat(CailJson.parse(Files.readAllLines(out, StandardCharsets.UTF_8).get(0)).entities())
                .extracting(e -> e.text() + "/" + e.label()).contains("张某某/Nh", "王某/Nh");
        StringWriter err = new StringWriter();
        Path out2 = tmp.resolve("out2.jsonl");
        assertThat(run(err, "ie", "--ner", "ner-x", "--in", in.toString(), "--out", out2.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("unknown entity tagger 'ner-x'");
        assertThat(out2).doesNotExist();
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
    void extractRefusesBinaryThatIsNeitherTextNorScan(@TempDir Path tmp) throws Exception {
        Path pdf = Files.write(tmp.resolve("scan.pdf"), new byte[]{1, 2, 3, 0, (byte) 0xff, (byte) 0xfe});
        StringWriter err = new StringWriter();
        assertThat(run(err, "extract", pdf.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("neither").contains("PDF");
    }

    @Test
    void extractReadsAScannedPageThroughOcr(@TempDir Path tmp) throws Exception {
        String decision = "某市市场监督管理局决定对当事人处以罚款人民币5000元，并没收违法所得。";
        java.awt.image.BufferedImage page = new cn.esip.ocr.synthetic.PageRenderer(300, cn.esip.ocr.synthetic.CjkFonts.SANS, 12f)
                .render(List.of("行政处罚决定书", decision), 10).image();
        Path png = tmp.resolve("page.bin"); // the format is recognised from content, not the name
        javax.imageio.ImageIO.write(page, "png", png.toFile());
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.PrintStream old = System.out;
        int rc;
        try {
            System.setOut(new java.io.PrintStream(out, true, StandardCharsets.UTF_8));
            rc = run(new StringWriter(), "extract", png.toString());
        } finally {
            System.setOut(old);
        }
        assertThat(rc).isZero();
        com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(out.toString(StandardCharsets.UTF_8));
        List<String> found = new java.util.ArrayList<>();
        json.get("entities").forEach(e -> found.add(e.get("label").asText() + ":" + e.path("value").asText()));
        assertThat(found).as(out.toString(StandardCharsets.UTF_8)).contains("MONEY:5000", "PENALTY_TYPE:罚款");
    }

    @Test
    void extractRunsOnlyTheConfiguredAnnotatorsAndRefusesAnUnknownOne(@TempDir Path tmp) throws Exception {
        Path text = Files.writeString(tmp.resolve("d.txt"), "某市市场监督管理局决定对当事人处以罚款人民币5000元。");
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.PrintStream old = System.out;
        int rc;
        try {
            System.setOut(new java.io.PrintStream(out, true, StandardCharsets.UTF_8));
            rc = run(new StringWriter(), "extract", "--annotators", "patterns", text.toString());
        } finally {
            System.setOut(old);
        }
        assertThat(rc).isZero();
        com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(json.get("documentType").isNull()).isTrue();
        assertThat(json.get("entities").toString()).contains("MONEY");
        assertThat(json.get("unavailable").toString()).contains("entity-relations: not among the configured annotators");

        StringWriter err = new StringWriter();
        assertThat(run(err, "extract", "--annotators", "patterns,parser", text.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("unknown annotator 'parser'");
    }
}
