package cn.esip.supervision.report;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The readable report as PDF (PDFBox), with a Chinese TrueType font embedded (subset). The font is looked for in
 * {@code ESIP_PDF_FONT}, then the Debian CJK TrueType packages (fonts-wqy-zenhei, fonts-arphic-uming); without one
 * the PDF cannot be made and the error says so.
 */
public final class ReportPdf {

    static final List<String> FONTS = List.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", "/usr/share/fonts/truetype/arphic/uming.ttc",
            "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf");

    private static final float MARGIN = 50, SIZE = 10.5f, LEADING = 15;

    private ReportPdf() {
    }

    /** The report as PDF bytes. */
    public static byte[] document(ReviewReport r) {
        List<String> lines = new ArrayList<>();
        lines.add("案卷评查报告");
        lines.add("案卷：" + r.caseName() + "    案号：" + (r.caseNo() == null ? "" : r.caseNo()));
        lines.add("评查标准：" + r.ruleSet() + "    得分：" + String.format("%.1f", r.score()) + "    等次：" + r.grade());
        lines.add("");
        lines.add("发现的问题（" + r.findings().size() + "）");
        int i = 0;
        for (Finding f : r.findings()) {
            lines.add(++i + ". [" + f.rule() + " " + f.kind() + " " + f.category() + " 扣" + f.deducted() + (f.veto() ? " 一票否决" : "") + "] " + f.message());
            for (Evidence e : f.evidence()) {
                lines.add("    证据：" + (e.field() != null ? "case.json " + e.field()
                        : e.document() + (e.page() > 0 ? " 第" + e.page() + "页" : "") + (e.line() > 0 ? " 第" + e.line() + "行" : "")
                        + (e.quote() != null ? "：“" + e.quote() + "”" : "")));
            }
        }
        if (r.findings().isEmpty()) {
            lines.add("未发现问题。");
        }
        lines.add("");
        lines.add("自动预评查结果，须经评查人员复核确认。");
        try (PDDocument doc = new PDDocument()) {
            PDType0Font font = font(doc);
            float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
            List<String> wrapped = new ArrayList<>();
            for (String l : lines) {
                wrap(l, font, width, wrapped);
            }
            PDPageContentStream cs = null;
            float y = 0;
            for (String l : wrapped) {
                if (cs == null || y < MARGIN) {
                    if (cs != null) {
                        cs.endText();
                        cs.close();
                    }
                    PDPage page = new PDPage(PDRectangle.A4);
                    doc.addPage(page);
                    cs = new PDPageContentStream(doc, page);
                    cs.beginText();
                    cs.setFont(font, SIZE);
                    y = PDRectangle.A4.getHeight() - MARGIN;
                    cs.newLineAtOffset(MARGIN, y);
                }
                cs.showText(l);
                cs.newLineAtOffset(0, -LEADING);
                y -= LEADING;
            }
            if (cs != null) {
                cs.endText();
                cs.close();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void wrap(String line, PDType0Font font, float width, List<String> out) throws IOException {
        if (line.isEmpty()) {
            out.add("");
            return;
        }
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            if (!printable(font, ch)) {
                ch = "?";
            }
            if (font.getStringWidth(cur + ch) / 1000 * SIZE > width) {
                out.add(cur.toString());
                cur.setLength(0);
            }
            cur.append(ch);
            i += Character.charCount(cp);
        }
        out.add(cur.toString());
    }

    /** True when the font maps the character to a glyph (PDFont.hasGlyph takes a font code, not a code point). */
    private static boolean printable(PDType0Font font, String ch) {
        try {
            byte[] code = font.encode(ch);
            return code.length > 0 && !(code.length == 2 && code[0] == 0 && code[1] == 0);
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private static PDType0Font font(PDDocument doc) throws IOException {
        List<String> tried = new ArrayList<>();
        String env = System.getenv("ESIP_PDF_FONT");
        List<String> candidates = new ArrayList<>();
        if (env != null && !env.isBlank()) {
            candidates.add(env);
        }
        candidates.addAll(FONTS);
        for (String path : candidates) {
            File f = new File(path);
            if (!f.isFile()) {
                continue;
            }
            tried.add(path);
            try {
                if (path.endsWith(".ttc")) {
                    TrueTypeCollection ttc = new TrueTypeCollection(f);
                    TrueTypeFont[] first = new TrueTypeFont[1];
                    ttc.processAllFonts(t -> {
                        if (first[0] == null) {
                            first[0] = t;
                        }
                    });
                    if (first[0] != null) {
                        return PDType0Font.load(doc, first[0], true);
                    }
                } else {
                    return PDType0Font.load(doc, f);
                }
            } catch (IOException | RuntimeException e) {
                // try the next font
            }
        }
        throw new IllegalStateException("no Chinese TrueType font for PDF reports (install fonts-wqy-zenhei or set ESIP_PDF_FONT)"
                + (tried.isEmpty() ? "" : "; unusable: " + tried));
    }
}
