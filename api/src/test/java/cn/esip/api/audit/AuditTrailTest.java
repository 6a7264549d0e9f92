package cn.esip.api.audit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The hash chain catches edits, deletions and reordering; retention deletes exactly the old days. */
class AuditTrailTest {

    /** A clock the test moves by hand. */
    static final class HandClock extends Clock {
        Instant now;

        HandClock(Instant start) {
            now = start;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private static AuditRecord call(String app, int status) {
        return AuditRecord.of(Instant.now().toString(), "rid", app, "某局", "law:read", "GET", "/api/v1/search", status,
                12, 0, 345);
    }

    private static Path onlyFile(Path dir) throws IOException {
        try (var s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".jsonl")).findFirst().orElseThrow();
        }
    }

    private AuditTrail trailWith(Path dir, int n) throws IOException {
        AuditTrail t = new AuditTrail(dir, 183, new HandClock(Instant.parse("2026-12-01T08:00:00Z")));
        for (int i = 0; i < n; i++) {
            t.append(call("app-" + i, 200));
        }
        t.close();
        return t;
    }

    @Test
    void anIntactTrailVerifiesAndContinuesAfterARestart(@TempDir Path dir) throws IOException {
        trailWith(dir, 5);
        AuditTrail again = new AuditTrail(dir, 183, new HandClock(Instant.parse("2026-12-01T09:00:00Z")));
        AuditRecord sixth = again.append(call("app-x", 401));
        again.close();
        assertThat(sixth.seq()).isEqualTo(6);
        AuditTrail.Verification v = again.verify();
        assertThat(v.intact()).as(v.problem()).isTrue();
        assertThat(v.records()).isEqualTo(6);
    }

    @Test
    void anEditedLineIsDetected(@TempDir Path dir) throws IOException {
        AuditTrail t = trailWith(dir, 5);
        Path f = onlyFile(dir);
        List<String> lines = Files.readAllLines(f);
        lines.set(2, lines.get(2).replace("\"status\":200", "\"status\":204"));
        Files.write(f, lines, StandardCharsets.UTF_8);
        AuditTrail.Verification v = t.verify();
        assertThat(v.intact()).isFalse();
        assertThat(v.problem()).contains("line 3").contains("altered");
    }

    @Test
    void aDeletedLineIsDetected(@TempDir Path dir) throws IOException {
        AuditTrail t = trailWith(dir, 5);
        Path f = onlyFile(dir);
        List<String> lines = new ArrayList<>(Files.readAllLines(f));
        lines.remove(1);
        Files.write(f, lines, StandardCharsets.UTF_8);
        AuditTrail.Verification v = t.verify();
        assertThat(v.intact()).isFalse();
        assertThat(v.problem()).contains("line 2").contains("chain broken");
    }

    @Test
    void reorderedLinesAreDetected(@TempDir Path dir) throws IOException {
        AuditTrail t = trailWith(dir, 5);
        Path f = onlyFile(dir);
        List<String> lines = new ArrayList<>(Files.readAllLines(f));
        Collections.swap(lines, 3, 4);
        Files.write(f, lines, StandardCharsets.UTF_8);
        assertThat(t.verify().intact()).isFalse();
        assertThat(t.verify().problem()).contains("line 4");
    }

    @Test
    void aLineCutShortByAKilledProcessIsDroppedAtRestart(@TempDir Path dir) throws IOException {
        trailWith(dir, 3);
        Path f = onlyFile(dir);
        Files.writeString(f, "{\"seq\":4,\"time\":\"2026-12-01T08:", java.nio.file.StandardOpenOption.APPEND);
        AuditTrail again = new AuditTrail(dir, 183, new HandClock(Instant.parse("2026-12-01T10:00:00Z")));
        assertThat(again.append(call("app-y", 200)).seq()).isEqualTo(4);
        again.close();
        assertThat(again.verify().intact()).as(again.verify().problem()).isTrue();
    }

    @Test
    void retentionDeletesExactlyTheDaysOlderThanTheLimitAndTheRestStillVerifies(@TempDir Path dir) throws IOException {
        HandClock clock = new HandClock(Instant.parse("2026-01-01T12:00:00Z"));
        AuditTrail t = new AuditTrail(dir, 183, clock);
        for (int day = 0; day < 200; day++) {
            t.append(call("app-" + day, 200));
            t.append(call("app-" + day, 200));
            clock.now = clock.now.plus(Duration.ofDays(1));
        }
        // now 2026-07-20; day 199 was 2026-07-19
        clock.now = Instant.parse("2026-07-20T12:00:00Z");
        List<String> deleted = t.purge();
        // kept: 2026-01-18 (183 days before 2026-07-20) and later
        assertThat(deleted).hasSize(17).first().isEqualTo("audit-2026-01-01.jsonl");
        assertThat(deleted).last().isEqualTo("audit-2026-01-17.jsonl");
        assertThat(Files.exists(dir.resolve("audit-2026-01-18.jsonl"))).isTrue();
        AuditTrail.Verification v = t.verify();
        assertThat(v.intact()).as(v.problem()).isTrue();
        assertThat(v.records()).isEqualTo(2 * (200 - 17));
        assertThat(t.purge()).isEmpty();
        // deleting the oldest remaining day by hand is not a retention: the anchor catches it
        Files.delete(dir.resolve("audit-2026-01-18.jsonl"));
        assertThat(t.verify().intact()).isFalse();
        t.close();
    }
}
