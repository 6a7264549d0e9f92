package cn.esip.supervision.casefile;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Recognises a document's format from its first bytes (Tika's detector role), or refuses it with a reason. */
public final class FormatDetector {

    private FormatDetector() {
    }

    /** The format of {@code data}; throws {@link UnreadableDocumentException} for empty or unknown binary data. */
    public static DocumentFormat detect(byte[] data) {
        if (data.length == 0) {
            throw new UnreadableDocumentException("the file is empty");
        }
        if (starts(data, 0x89, 'P', 'N', 'G')) {
            return DocumentFormat.PNG;
        }
        if (starts(data, 0xFF, 0xD8, 0xFF)) {
            return DocumentFormat.JPEG;
        }
        if (starts(data, 'I', 'I', 0x2A, 0x00) || starts(data, 'M', 'M', 0x00, 0x2A)) {
            return DocumentFormat.TIFF;
        }
        if (starts(data, '%', 'P', 'D', 'F')) {
            return DocumentFormat.PDF;
        }
        if (starts(data, 'P', 'K', 3, 4)) {
            if (isDocx(data)) {
                return DocumentFormat.DOCX;
            }
            throw new UnreadableDocumentException("a ZIP archive that is not a .docx document");
        }
        return DocumentFormat.TEXT;
    }

    private static boolean isDocx(byte[] data) {
        try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(data))) {
            for (ZipEntry e; (e = z.getNextEntry()) != null; ) {
                if (e.getName().equals("word/document.xml")) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean starts(byte[] d, int... sig) {
        if (d.length < sig.length) {
            return false;
        }
        for (int i = 0; i < sig.length; i++) {
            if ((d[i] & 0xFF) != sig[i]) {
                return false;
            }
        }
        return true;
    }
}
