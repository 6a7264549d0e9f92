package cn.esip.supervision.casefile;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Opens a case file sent as a ZIP archive, in memory and safely: absolute paths, {@code ..} segments, too many
 * entries, too many bytes in all (a zip bomb) and suspicious compression ratios are refused with a clear reason.
 * The archive holds {@code documents/} and optionally {@code case.json}, at its root or in one top folder.
 */
public final class CaseArchive {

    /** Most bytes the entries may expand to, in all. */
    public static final long MAX_TOTAL = 512L << 20;
    /** Most entries in one archive. */
    public static final int MAX_ENTRIES = 1000;
    /** Largest ratio of expanded to compressed size for an entry larger than 1 MB. */
    public static final int MAX_RATIO = 200;

    private CaseArchive() {
    }

    /** The archive's entries: document files by name (null: over the size limit) and case.json (null: none). */
    public record Entries(Map<String, byte[]> documents, byte[] caseJson) {
    }

    /** The archive's documents and case.json; the case is named {@code name}. */
    public static CaseFile read(String name, InputStream in, long compressedSize, CaseFileReader reader) {
        Entries e = entries(name, in);
        return reader.assemble(name, e.documents(), e.caseJson());
    }

    /** Reads the entries of a case archive safely (see the class comment). */
    public static Entries entries(String name, InputStream in) {
        Map<String, byte[]> docs = new LinkedHashMap<>();
        byte[] caseJson = null;
        long total = 0;
        int entries = 0;
        try (ZipInputStream z = new ZipInputStream(in)) {
            for (ZipEntry e; (e = z.getNextEntry()) != null; ) {
                if (++entries > MAX_ENTRIES) {
                    throw new CaseFileException(name + ": archive has more than " + MAX_ENTRIES + " entries");
                }
                String path = e.getName().replace('\\', '/');
                if (path.startsWith("/") || path.matches("^[A-Za-z]:.*") || ("/" + path + "/").contains("/../")) {
                    throw new CaseFileException(name + ": archive entry with an unsafe path refused: " + path);
                }
                if (e.isDirectory() || path.contains("/__MACOSX/") || path.startsWith("__MACOSX/")) {
                    continue;
                }
                String[] parts = path.split("/");
                int docAt = -1;
                for (int i = 0; i < parts.length - 1; i++) {
                    if (parts[i].equals("documents")) {
                        docAt = i;
                    }
                }
                boolean isCaseJson = parts[parts.length - 1].equals("case.json") && parts.length <= 2;
                if (docAt < 0 && !isCaseJson) {
                    continue;
                }
                long room = Math.min(DocumentReader.MAX_BYTES, MAX_TOTAL - total);
                byte[] data = z.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, room + 1));
                total += data.length;
                if (total > MAX_TOTAL) {
                    throw new CaseFileException(name + ": archive expands to more than " + (MAX_TOTAL >> 20) + " MB (refused as a zip bomb)");
                }
                long packed = e.getCompressedSize();
                if (data.length > (1 << 20) && packed > 0 && data.length / packed > MAX_RATIO) {
                    throw new CaseFileException(name + ": entry " + path + " is compressed more than " + MAX_RATIO + ":1 (refused as a zip bomb)");
                }
                if (isCaseJson) {
                    caseJson = data;
                } else {
                    docs.put(parts[parts.length - 1], data.length > DocumentReader.MAX_BYTES ? null : data);
                }
            }
        } catch (IOException e) {
            throw new CaseFileException(name + ": not a readable ZIP archive (" + e.getMessage() + ")", e);
        }
        if (docs.isEmpty()) {
            throw new CaseFileException(name + ": not a case file (the archive has no documents/ folder)");
        }
        return new Entries(docs, caseJson);
    }
}
