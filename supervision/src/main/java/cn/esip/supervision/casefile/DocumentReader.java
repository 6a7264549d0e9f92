package cn.esip.supervision.casefile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The one document-to-text step (shared by review, extract and REST): detect the format from the bytes, then
 * read it with the reader for that format — text (charset detected), .docx, or a scan/PDF through the
 * {@link ScanReader}.
 */
public final class DocumentReader {

    /** Largest document accepted, in bytes. */
    public static final long MAX_BYTES = 50L << 20;

    private final ScanReader scans;

    public DocumentReader(ScanReader scans) {
        this.scans = scans;
    }

    /** Reads one document; {@code order} and {@code nameTitle} come from its file name. */
    public CaseDocument read(String fileName, byte[] data) {
        if (data.length > MAX_BYTES) {
            throw new UnreadableDocumentException("larger than the limit of " + (MAX_BYTES >> 20) + " MB");
        }
        DocumentFormat format = FormatDetector.detect(data);
        int order = order(fileName);
        String title = nameTitle(fileName);
        switch (format) {
            case TEXT -> {
                TextDecoder.Decoded d = TextDecoder.decode(data);
                List<String> lines = Arrays.asList(d.text().replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));
                requireText(lines);
                return new CaseDocument(fileName, order, title, format.name(), "text/" + d.charset(),
                        List.of(new TextPage(1, lines)), null);
            }
            case DOCX -> {
                List<String> lines = DocxText.paragraphs(data);
                requireText(lines);
                return new CaseDocument(fileName, order, title, format.name(), "docx", List.of(new TextPage(1, lines)), null);
            }
            default -> {
                ScanReader.Scan s = scans.read(data, fileName);
                List<String> all = new ArrayList<>();
                s.pages().forEach(p -> all.addAll(p.lines()));
                requireText(all);
                return new CaseDocument(fileName, order, title, format.name(), s.readBy(), s.pages(), s.marks());
            }
        }
    }

    private static void requireText(List<String> lines) {
        if (lines.stream().allMatch(String::isBlank)) {
            throw new UnreadableDocumentException("no text in the document");
        }
    }

    /** The leading number of a file name such as {@code 06-行政处罚决定书.txt} (0 when none). */
    static int order(String fileName) {
        int i = 0;
        while (i < fileName.length() && Character.isDigit(fileName.charAt(i)) && i < 6) {
            i++;
        }
        return i == 0 ? 0 : Integer.parseInt(fileName.substring(0, i));
    }

    /** The title part of a file name: without the leading number, separator and extension. */
    static String nameTitle(String fileName) {
        String s = fileName;
        int dot = s.lastIndexOf('.');
        if (dot > 0) {
            s = s.substring(0, dot);
        }
        return s.replaceFirst("^\\d+[-_.、\\s]*", "");
    }
}
