package cn.esip.supervision.casefile;

import java.util.List;

/** Port: the text of a scan or PDF page by page (text layer, else OCR), with the seals and signatures seen. */
public interface ScanReader {

    /** Reads one scanned document; throws {@link UnreadableDocumentException} when it cannot. */
    Scan read(byte[] data, String name);

    /** What a scan reading gives: pages, how they were read, and the visual marks. */
    record Scan(List<TextPage> pages, String readBy, ScanMarks marks) {
    }

    /** A reader for setups without OCR: every scan is reported as unreadable, saying why. */
    static ScanReader unavailable(String why) {
        return (data, name) -> {
            throw new UnreadableDocumentException("scanned document not read: " + why);
        };
    }
}
