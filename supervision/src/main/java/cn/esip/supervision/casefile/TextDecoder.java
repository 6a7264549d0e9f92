package cn.esip.supervision.casefile;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Decodes a plain-text document: a BOM first (UTF-8/UTF-16), then strict UTF-8, then GB18030; refuses binary data. */
public final class TextDecoder {

    private static final Charset GB18030 = Charset.forName("GB18030");

    private TextDecoder() {
    }

    /** The text and the charset it was read in. */
    public record Decoded(String text, String charset) {
    }

    public static Decoded decode(byte[] b) {
        Decoded d;
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            d = new Decoded(new String(b, 3, b.length - 3, StandardCharsets.UTF_8), "UTF-8");
        } else if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            d = new Decoded(new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE), "UTF-16LE");
        } else if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            d = new Decoded(new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE), "UTF-16BE");
        } else {
            String s = strict(b, StandardCharsets.UTF_8);
            d = s != null ? new Decoded(s, "UTF-8") : null;
            if (d == null) {
                s = strict(b, GB18030);
                d = s != null ? new Decoded(s, "GB18030") : null;
            }
        }
        if (d == null) {
            throw new UnreadableDocumentException("neither UTF-8 nor GB18030 text, nor a known document format");
        }
        long control = d.text().chars().filter(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f').count();
        if (control > 0 && control * 100 > d.text().length()) {
            throw new UnreadableDocumentException("binary data, not a text document");
        }
        return d;
    }

    private static String strict(byte[] b, Charset cs) {
        try {
            return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
