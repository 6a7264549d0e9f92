package cn.esip.ocr.synthetic;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.Arrays;

/** The Noto CJK fonts (Debian fonts-noto-cjk) used to render test and benchmark pages. */
public final class CjkFonts {

    public static final String SERIF = "Noto Serif CJK SC";
    public static final String SANS = "Noto Sans CJK SC";

    private CjkFonts() {
    }

    /** The font, or an IllegalStateException telling which package to install. */
    public static Font require(String family, int style, float size) {
        boolean present = Arrays.asList(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames())
                .contains(family);
        if (!present) {
            throw new IllegalStateException("font '" + family + "' not installed (Debian package fonts-noto-cjk)");
        }
        return new Font(family, style, 1).deriveFont(size);
    }
}
