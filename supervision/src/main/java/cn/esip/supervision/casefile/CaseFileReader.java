package cn.esip.supervision.casefile;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reads a case file from its directory or from the entries of an uploaded archive: {@code case.json} when present
 * and every file of {@code documents/} through the {@link DocumentReader}. A document that cannot be read becomes
 * a problem of the case; a directory without {@code documents/} is not a case file.
 */
public final class CaseFileReader {

    /** Most documents in one case file. */
    public static final int MAX_DOCUMENTS = 300;

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY, true);

    private final DocumentReader documents;

    public CaseFileReader(DocumentReader documents) {
        this.documents = documents;
    }

    /** Reads the case file in {@code dir}. */
    public CaseFile read(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new CaseFileException(dir + ": not a directory");
        }
        Path docs = dir.resolve("documents");
        if (!Files.isDirectory(docs)) {
            throw new CaseFileException(dir + ": not a case file (no documents/ folder)");
        }
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> s = Files.list(docs)) {
            List<Path> list = s.filter(Files::isRegularFile).sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
            if (list.size() > MAX_DOCUMENTS) {
                throw new CaseFileException(dir + ": more than " + MAX_DOCUMENTS + " documents");
            }
            for (Path p : list) {
                if (Files.size(p) > DocumentReader.MAX_BYTES) {
                    files.put(p.getFileName().toString(), null);
                } else {
                    files.put(p.getFileName().toString(), Files.readAllBytes(p));
                }
            }
            Path json = dir.resolve("case.json");
            byte[] record = Files.isRegularFile(json) ? Files.readAllBytes(json) : null;
            return assemble(dir.getFileName().toString(), files, record);
        } catch (IOException e) {
            throw new CaseFileException(dir + ": cannot read: " + e.getMessage(), e);
        }
    }

    /**
     * Builds a case file from named entries: {@code documents} maps file names to bytes (null: over the size
     * limit), {@code caseJson} is case.json's bytes or null.
     */
    public CaseFile assemble(String name, Map<String, byte[]> documentFiles, byte[] caseJson) {
        List<String> problems = new ArrayList<>();
        Optional<CaseRecord> record = Optional.empty();
        if (caseJson != null) {
            try {
                record = Optional.of(JSON.readValue(caseJson, CaseRecord.class));
            } catch (IOException e) {
                problems.add("case.json: not valid JSON in the spec's format (" + firstLine(e.getMessage()) + ")");
            }
        }
        List<CaseDocument> read = new ArrayList<>();
        for (Map.Entry<String, byte[]> e : new TreeMap<>(documentFiles).entrySet()) {
            if (e.getKey().startsWith(".")) {
                continue;
            }
            if (e.getValue() == null) {
                problems.add(e.getKey() + ": larger than the limit of " + (DocumentReader.MAX_BYTES >> 20) + " MB");
                continue;
            }
            try {
                read.add(documents.read(e.getKey(), e.getValue()));
            } catch (UnreadableDocumentException ex) {
                problems.add(e.getKey() + ": " + ex.getMessage());
            } catch (RuntimeException ex) {
                problems.add(e.getKey() + ": cannot be read (" + firstLine(String.valueOf(ex.getMessage())) + ")");
            }
        }
        if (read.isEmpty()) {
            throw new CaseFileException(problems.isEmpty() ? name + ": documents/ is empty"
                    : name + ": no document could be read: " + String.join("; ", problems));
        }
        read.sort(Comparator.comparingInt(CaseDocument::order).thenComparing(CaseDocument::fileName));
        return new CaseFile(name, read, record, problems);
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
