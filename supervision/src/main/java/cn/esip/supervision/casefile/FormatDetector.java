package cn.esip.supervision.casefile;

import cn.esip.ocr.input.ImageFormat;
import cn.esip.ocr.input.ImageInputException;

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
        try {
            // images and PDF: the image service's detector, so both modules recognise them alike
            return DocumentFormat.valueOf(ImageFormat.detect(data).name());
        } catch (ImageInputException notAnImage) {
            // a .docx or text
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
