package cn.esip.api.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code apps}, {@code keys}, {@code audit} and {@code deidentify} from the command line, on a data directory. */
class SecurityCliTest {

    private record Run(int rc, String out, String err) {
    }

    private static Run run(String... args) {
        PrintStream saved = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            var cl = EsipMain.commandLine();
            cl.setErr(new PrintWriter(err, true));
            int rc = cl.execute(args);
            return new Run(rc, out.toString(StandardCharsets.UTF_8), err.toString());
        } finally {
            System.setOut(saved);
        }
    }

    @Test
    void appsAreAddedListedSuspendedRotatedAndDeleted(@TempDir Path data) throws Exception {
        Run add = run("apps", "add", "--data", data.toString(), "--name", "12345热线", "--agency", "市政务服务中心",
                "--scopes", "nlp,law:read", "--rate", "120");
        assertThat(add.rc()).as(add.err()).isZero();
        JsonNode app = new ObjectMapper().readTree(add.out());
        String id = app.get("id").asText();
        String secret = app.get("secret").asText();
        assertThat(Files.readString(data.resolve("security/apps.json"))).contains(id).doesNotContain(secret);

        Run list = run("apps", "list", "--data", data.toString());
        assertThat(list.out()).contains(id).contains("\"active\"").doesNotContain(secret);
        assertThat(run("apps", "suspend", "--data", data.toString(), id).out()).contains("\"suspended\"");
        Run rotated = run("apps", "rotate-secret", "--data", data.toString(), id);
        assertThat(new ObjectMapper().readTree(rotated.out()).get("secret").asText()).isNotEqualTo(secret);
        assertThat(run("apps", "delete", "--data", data.toString(), id).rc()).isZero();
        assertThat(run("apps", "list", "--data", data.toString()).out()).doesNotContain(id);

        Run unknown = run("apps", "suspend", "--data", data.toString(), "app-none");
        assertThat(unknown.rc()).isEqualTo(2);
        assertThat(unknown.err()).contains("no application app-none");
        Run badScope = run("apps", "add", "--data", data.toString(), "--name", "x", "--scopes", "everything");
        assertThat(badScope.rc()).isEqualTo(2);
        assertThat(badScope.err()).contains("unknown scope");
    }

    @Test
    void keysRotateAndAnEditedAuditLineFailsVerification(@TempDir Path data) throws Exception {
        assertThat(run("keys", "rotate", "--data", data.toString()).out()).contains("new signing key");
        assertThat(run("keys", "rotate", "--data", data.toString()).out()).contains("2 keys verify tokens");

        Path audit = Files.createDirectories(data.resolve("audit"));
        var trail = new cn.esip.api.audit.AuditTrail(audit, 183, java.time.Clock.systemDefaultZone());
        for (int i = 0; i < 3; i++) {
            trail.append(cn.esip.api.audit.AuditRecord.of("2026-12-03T10:00:00Z", "r" + i, "app-a", "", "nlp", "POST",
                    "/api/v1/nlp/extract", 200, 5, 10, 20));
        }
        trail.close();
        assertThat(run("audit", "verify", "--data", data.toString()).out()).contains("intact: 3 records");
        assertThat(run("audit", "query", "--data", data.toString(), "--app", "app-a").out().lines().count()).isEqualTo(3);
        Path day;
        try (var s = Files.list(audit)) {
            day = s.filter(p -> p.toString().endsWith(".jsonl")).findFirst().orElseThrow();
        }
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(day));
        lines.set(1, lines.get(1).replace("app-a", "app-b"));
        Files.write(day, lines);
        Run broken = run("audit", "verify", "--data", data.toString());
        assertThat(broken.rc()).isEqualTo(1);
        assertThat(broken.err()).contains("line 2");
    }

    @Test
    void deidentifyPrintsTheMaskedFile(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("笔录.txt");
        Files.writeString(f, "当事人：周晓东，身份证号：110105198808081237，手机：18612345678。");
        Run r = run("deidentify", f.toString());
        assertThat(r.rc()).as(r.err()).isZero();
        assertThat(r.out()).contains("周某").doesNotContain("周晓东").doesNotContain("18612345678").doesNotContain("110105198808081237");
        assertThat(run("deidentify", dir.resolve("none.txt").toString()).rc()).isEqualTo(2);
    }
}
