package cn.esip.api.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code esip review --json} in one process on a real import: one line per case in the order given, each with its
 * "case"; a directory that is not a case file gets its own error line and exit status 1, the others are reviewed.
 */
class ReviewCliTest {

    static final Path SHARED = Stream.of(Path.of("..", "..", "shared"), Path.of("..", "shared"))
            .filter(p -> Files.isDirectory(p.resolve("cases"))).findFirst().orElse(Path.of("..", "..", "shared"));

    @TempDir
    Path tmp;

    int run(ByteArrayOutputStream out, String... args) {
        CommandLine cl = EsipMain.commandLine();
        cl.setErr(new PrintWriter(new StringWriter(), true));
        PrintStream before = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            return cl.execute(args);
        } finally {
            System.setOut(before);
        }
    }

    @Test
    void oneLinePerCaseInOrderAndAFailedCaseDoesNotStopTheOthers() throws IOException {
        Path laws = SHARED.resolve("corpus/laws").toAbsolutePath();
        Assumptions.assumeTrue(Files.isDirectory(laws) && Files.isDirectory(SHARED.resolve("cases")), "needs ../shared");
        Path corpus = tmp.resolve("corpus");
        for (String f : List.of("行政法/行政处罚法(2021-01-22).md", "经济法/广告法(2021-04-29).md")) {
            Files.createDirectories(corpus.resolve(f).getParent());
            Files.createSymbolicLink(corpus.resolve(f), laws.resolve(f));
        }
        String data = tmp.resolve("data").toString();
        assertThat(run(new ByteArrayOutputStream(), "import", "--corpus", corpus.toString(), "--data", data)).isZero();
        Path notACase = Files.createDirectories(tmp.resolve("not-a-case"));
        Files.writeString(notACase.resolve("readme.txt"), "nothing here");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = run(out, "review", "--json", "--data", data, SHARED.resolve("cases/c02-sc-advertising").toString(),
                notACase.toString(), SHARED.resolve("cases/c01-js-advertising").toString());
        assertThat(code).isEqualTo(1);
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("{")).toList();
        assertThat(lines).hasSize(3);
        ObjectMapper json = new ObjectMapper();
        JsonNode first = json.readTree(lines.get(0));
        assertThat(first.get("case").asText()).isEqualTo("c02-sc-advertising");
        assertThat(first.get("findings").findValuesAsText("kind")).contains("DOC-AMOUNT-MISMATCH");
        JsonNode second = json.readTree(lines.get(1));
        assertThat(second.get("case").asText()).isEqualTo("not-a-case");
        assertThat(second.has("error")).isTrue();
        JsonNode third = json.readTree(lines.get(2));
        assertThat(third.get("case").asText()).isEqualTo("c01-js-advertising");
        assertThat(third.get("findings").size()).isZero();

        assertThat(run(new ByteArrayOutputStream(), "review", "--json", "--data", data, "--rules", "nowhere@1",
                SHARED.resolve("cases/c01-js-advertising").toString())).isNotZero();
    }
}
