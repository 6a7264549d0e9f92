package cn.esip.api.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The append-only audit trail: one JSON line per call in a file per day ({@code audit/audit-YYYY-MM-DD.jsonl}),
 * every record carrying the SHA-256 of the one before it, so that an edited, deleted, inserted or reordered
 * line breaks the chain and {@link #verify()} names the first broken line. Days older than the retention
 * are deleted whole; the hash of the last deleted record is kept in {@code audit/anchor.json}, so the
 * remaining trail still verifies from its first line and the removal of an old day is also detected.
 * Each record is written with one write call and flushed to the operating system (it survives a killed
 * process; a power cut may lose the last records).
 */
public final class AuditTrail implements AutoCloseable {

    /** Days a record is kept unless configured otherwise (SF/T 0185 §14: at least six months). */
    public static final int DEFAULT_RETENTION_DAYS = 183;

    /** The hash before the first record ever written. */
    public static final String GENESIS = "0".repeat(64);

    /** The result of checking the chain: how many records, and the first problem if any. */
    public record Verification(boolean intact, long records, int files, String problem) {
    }

    private static final Pattern DAY_FILE = Pattern.compile("audit-(\\d{4}-\\d{2}-\\d{2})\\.jsonl");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;
    private final Clock clock;
    private final ZoneId zone;
    private final int retentionDays;
    private FileChannel channel;
    private LocalDate channelDay;
    private String lastHash;
    private long lastSeq;

    public AuditTrail(Path dir, int retentionDays, Clock clock) {
        if (retentionDays < 1) {
            throw new IllegalArgumentException("audit retention must be at least one day");
        }
        this.dir = dir;
        this.clock = clock;
        this.zone = clock.getZone();
        this.retentionDays = retentionDays;
    }

    public Path dir() {
        return dir;
    }

    public int retentionDays() {
        return retentionDays;
    }

    /** Numbers, chains and writes one record; returns it as written. */
    public synchronized AuditRecord append(AuditRecord r) {
        try {
            open();
            AuditRecord chained = r.chained(lastSeq + 1, lastHash);
            AuditRecord done = chained.withHash(hash(chained));
            byte[] line = (JSON.writeValueAsString(done) + "\n").getBytes(StandardCharsets.UTF_8);
            ByteBuffer buf = ByteBuffer.wrap(line);
            while (buf.hasRemaining()) {
                channel.write(buf);
            }
            lastSeq = done.seq();
            lastHash = done.hash();
            return done;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to the audit trail in " + dir, e);
        }
    }

    private void open() throws IOException {
        LocalDate today = LocalDate.now(clock);
        if (channel != null && today.equals(channelDay)) {
            return;
        }
        if (channel != null) {
            channel.close();
        }
        Files.createDirectories(dir);
        if (lastHash == null) {
            resume();
        }
        Path f = dir.resolve("audit-" + today + ".jsonl");
        channel = FileChannel.open(f, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        channelDay = today;
    }

    /** Continues the chain from the newest record on disk; a line cut short by a killed process is dropped. */
    private void resume() throws IOException {
        lastHash = anchor();
        lastSeq = 0;
        List<Path> files = files();
        if (files.isEmpty()) {
            return;
        }
        Path newest = files.get(files.size() - 1);
        byte[] all = Files.readAllBytes(newest);
        int end = all.length;
        if (end > 0 && all[end - 1] != '\n') {
            int cut = end - 1;
            while (cut >= 0 && all[cut] != '\n') {
                cut--;
            }
            try (FileChannel ch = FileChannel.open(newest, StandardOpenOption.WRITE)) {
                ch.truncate(cut + 1);
            }
            end = cut + 1;
        }
        if (!continueFrom(new String(all, 0, end, StandardCharsets.UTF_8).split("\n")) && files.size() > 1) {
            // the newest day is empty: continue from the day before
            continueFrom(Files.readAllLines(files.get(files.size() - 2), StandardCharsets.UTF_8).toArray(String[]::new));
        }
    }

    /** Takes the chain's position from the last record among {@code lines}; false when there is none. */
    private boolean continueFrom(String[] lines) throws IOException {
        for (int i = lines.length - 1; i >= 0; i--) {
            if (!lines[i].isBlank()) {
                JsonNode last = JSON.readTree(lines[i]);
                lastHash = last.path("hash").asText();
                lastSeq = last.path("seq").asLong();
                return true;
            }
        }
        return false;
    }

    /** Checks the whole chain, from the anchor through every day file. */
    public synchronized Verification verify() {
        String expectedPrev;
        long records = 0;
        long expectedSeq = -1;
        List<Path> files;
        try {
            expectedPrev = anchor();
            files = files();
        } catch (IOException e) {
            return new Verification(false, 0, 0, "cannot read " + dir + ": " + e.getMessage());
        }
        for (Path f : files) {
            List<String> lines;
            try {
                lines = Files.readAllLines(f, StandardCharsets.UTF_8);
            } catch (IOException e) {
                return new Verification(false, records, files.size(), f.getFileName() + ": unreadable: " + e.getMessage());
            }
            for (int i = 0; i < lines.size(); i++) {
                String where = f.getFileName() + " line " + (i + 1);
                String line = lines.get(i);
                if (line.isBlank()) {
                    return new Verification(false, records, files.size(), where + ": empty line");
                }
                ObjectNode node;
                try {
                    node = (ObjectNode) JSON.readTree(line);
                } catch (IOException | ClassCastException e) {
                    return new Verification(false, records, files.size(), where + ": not a JSON record");
                }
                String stated = node.path("hash").asText();
                node.remove("hash");
                String recomputed = sha256(node.path("prev").asText() + "\n" + node);
                if (!recomputed.equals(stated)) {
                    return new Verification(false, records, files.size(), where + ": record was altered (hash mismatch)");
                }
                if (!node.path("prev").asText().equals(expectedPrev)) {
                    return new Verification(false, records, files.size(),
                            where + ": chain broken (a record before it was deleted, inserted or moved)");
                }
                long seq = node.path("seq").asLong();
                if (expectedSeq >= 0 && seq != expectedSeq) {
                    return new Verification(false, records, files.size(), where + ": sequence " + seq
                            + " where " + expectedSeq + " was expected");
                }
                expectedSeq = seq + 1;
                expectedPrev = stated;
                records++;
            }
        }
        return new Verification(true, records, files.size(), null);
    }

    /** Records matching the filter, oldest first, at most {@code limit}, from days {@code from}..{@code to}. */
    public synchronized List<AuditRecord> query(LocalDate from, LocalDate to, Predicate<AuditRecord> filter, int limit) {
        List<AuditRecord> out = new ArrayList<>();
        try {
            for (Path f : files()) {
                LocalDate day = dayOf(f);
                if ((from != null && day.isBefore(from)) || (to != null && day.isAfter(to))) {
                    continue;
                }
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    if (line.isBlank()) {
                        continue;
                    }
                    AuditRecord r;
                    try {
                        r = JSON.readValue(line, AuditRecord.class);
                    } catch (JsonProcessingException e) {
                        continue; // verify() reports it
                    }
                    if (filter.test(r)) {
                        out.add(r);
                        if (out.size() >= limit) {
                            return out;
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the audit trail in " + dir, e);
        }
        return out;
    }

    /**
     * Deletes the day files older than the retention (the day {@code retentionDays} ago is kept) and moves
     * the anchor to the last deleted record; returns the deleted files' names.
     */
    public synchronized List<String> purge() {
        LocalDate oldestKept = LocalDate.now(clock).minusDays(retentionDays);
        List<String> deleted = new ArrayList<>();
        try {
            for (Path f : files()) {
                if (!dayOf(f).isBefore(oldestKept)) {
                    break;
                }
                String lastHashOfFile = null;
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    if (!line.isBlank()) {
                        lastHashOfFile = JSON.readTree(line).path("hash").asText();
                    }
                }
                if (lastHashOfFile != null) {
                    writeAnchor(lastHashOfFile, dayOf(f));
                }
                Files.delete(f);
                deleted.add(f.getFileName().toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot purge the audit trail in " + dir, e);
        }
        return deleted;
    }

    private String anchor() throws IOException {
        Path a = dir.resolve("anchor.json");
        if (!Files.exists(a)) {
            return GENESIS;
        }
        return JSON.readTree(a.toFile()).path("hash").asText(GENESIS);
    }

    private void writeAnchor(String hash, LocalDate through) throws IOException {
        ObjectNode n = JSON.createObjectNode();
        n.put("hash", hash);
        n.put("purgedThrough", through.toString());
        n.put("at", Instant.now(clock).toString());
        Path tmp = dir.resolve("anchor.json.tmp");
        Files.writeString(tmp, n.toString(), StandardCharsets.UTF_8);
        Files.move(tmp, dir.resolve("anchor.json"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private List<Path> files() throws IOException {
        List<Path> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "audit-*.jsonl")) {
            for (Path p : ds) {
                if (DAY_FILE.matcher(p.getFileName().toString()).matches()) {
                    out.add(p);
                }
            }
        }
        out.sort(null);
        return out;
    }

    private static LocalDate dayOf(Path f) {
        Matcher m = DAY_FILE.matcher(f.getFileName().toString());
        if (!m.matches()) {
            throw new IllegalArgumentException(f + " is not an audit day file");
        }
        return LocalDate.parse(m.group(1));
    }

    private static String hash(AuditRecord chained) throws JsonProcessingException {
        ObjectNode node = JSON.valueToTree(chained);
        node.remove("hash");
        return sha256(chained.prev() + "\n" + node);
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        if (channel != null) {
            channel.close();
            channel = null;
        }
    }
}
