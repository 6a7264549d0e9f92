package cn.esip.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class BenchMainTest {

    @TempDir
    Path tmp;

    private record Outcome(int code, String err) {
    }

    private static Outcome run(String... args) {
        CommandLine cl = BenchMain.commandLine();
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Outcome(code, err.toString());
    }

    @Test
    void withoutABenchmarkItNamesThemAndExitsWithAUsageError() {
        Outcome o = run();
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.err()).contains("name a benchmark").contains("search").contains("ocr").contains("nlp");
    }

    @Test
    void aMissingInputIsOneLineAndExitCodeTwo() {
        Outcome o = run("doctypes", "--labels", tmp.resolve("none.json").toString(), "--cases", tmp.toString());
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.err().strip()).startsWith("esip doctypes:").doesNotContain("\n");
    }
}
