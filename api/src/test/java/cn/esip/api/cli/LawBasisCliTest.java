package cn.esip.api.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code esip import} (vectors included), {@code search --batch}, {@code ask --batch} and {@code recommend} in one
 * process on a corpus of our own: a batch gives one line per input line, bad lines get their error and the rest go on.
 */
class LawBasisCliTest {

    @TempDir
    static Path tmp;
    static String data;

    static String run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CommandLine cl = EsipMain.commandLine();
        cl.setErr(new PrintWriter(new StringWriter(), true));
        PrintStream before = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            int rc = cl.execute(args);
            assertThat(rc).as(String.join(" ", args)).isZero();
        } finally {
            System.setOut(before);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @BeforeAll
    static void importCorpus() throws Exception {
        Path corpus = Path.of(LawBasisCliTest.class.getResource("/law-basis-corpus").toURI());
        data = tmp.resolve("data").toString();
        run("import", "--corpus", corpus.toString(), "--data", data);
    }

    @Test
    void searchBatchAnswersEveryLineAndReportsBadOnes() throws Exception {
        Path q = tmp.resolve("q.jsonl");
        Files.writeString(q, String.join("\n",
                "{\"id\": \"a\", \"query\": \"宾馆不登记住客身份\"}",
                "not json",
                "{\"id\": 7, \"top\": 0, \"query\": \"旅客\"}",
                "{\"id\": \"b\", \"query\": \"旅馆业治安管理办法第六条\", \"mode\": \"bm25\"}",
                "{\"id\": \"c\"}") + "\n");
        List<JsonNode> lines = lines(run("search", "--batch", q.toString(), "--data", data));
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0).get("id").asText()).isEqualTo("a");
        assertThat(lines.get(0).get("mode").asText()).isEqualTo("hybrid");
        assertThat(lines.get(0).get("hits").get(0).get("articleNumber").asInt()).isEqualTo(16);
        assertThat(lines.get(1).get("error").asText()).startsWith("not a JSON object");
        assertThat(lines.get(2).get("id").asInt()).isEqualTo(7);
        assertThat(lines.get(2).get("error").asText()).contains("top");
        assertThat(lines.get(3).get("hits").get(0).get("exact").asBoolean()).isTrue();
        assertThat(lines.get(3).get("mode").asText()).isEqualTo("bm25");
        assertThat(lines.get(4).get("error").asText()).contains("query");
    }

    @Test
    void askBatchQuotesItsArticleAndRecommendNamesThePenalty() throws Exception {
        Path q = tmp.resolve("qa.jsonl");
        Files.writeString(q, "{\"id\": \"x\", \"question\": \"对旅馆的处罚决定不服，多少日内可以申请行政复议？\"}\n{\"id\": \"y\"}\n");
        List<JsonNode> lines = lines(run("ask", "--batch", q.toString(), "--data", data));
        assertThat(lines.get(0).get("answer").asText()).contains("十五日内");
        assertThat(lines.get(0).get("citations").get(0).get("article").asText()).isEqualTo("第十七条");
        assertThat(lines.get(1).get("error").asText()).contains("question");

        Path facts = tmp.resolve("facts.txt");
        Files.writeString(facts, "某宾馆前台未查验住客身份证件即安排入住。");
        JsonNode r = new ObjectMapper().readTree(run("recommend", facts.toString(), "--json", "--data", data));
        assertThat(r.get("penalties").get(0).get("provision").get("article").asText()).isEqualTo("第十六条");
    }

    private static List<JsonNode> lines(String out) {
        ObjectMapper json = new ObjectMapper();
        return out.lines().filter(l -> !l.isBlank()).map(l -> {
            try {
                return json.readTree(l);
            } catch (Exception e) {
                throw new IllegalStateException(l, e);
            }
        }).toList();
    }
}
