package cn.esip.ocr.synthetic;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/** Renders paragraphs onto an A4 page with Java2D (title centred, body wrapped to the margins). */
public final class PageRenderer {

    private final int dpi;
    private final String family;
    private final float bodyPt;

    public PageRenderer(int dpi, String family, float bodyPt) {
        this.dpi = dpi;
        this.family = family;
        this.bodyPt = bodyPt;
    }

    /** Result of rendering: the image, the text actually drawn, and the body line boxes' baseline info. */
    public record Page(BufferedImage image, String text, int lineHeight, int lastBaseline, int marginX) {
    }

    /** A white A4 page at {@code dpi}. */
    static BufferedImage blankA4(int dpi) {
        BufferedImage img = new BufferedImage((int) Math.round(8.27 * dpi), (int) Math.round(11.69 * dpi),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.dispose();
        return img;
    }

    /** Graphics that draw black, anti-aliased text on {@code img}. */
    static Graphics2D blackInk(BufferedImage img) {
        Graphics2D g = img.createGraphics();
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        return g;
    }

    public Page render(List<String> paragraphs, int maxLines) {
        BufferedImage img = blankA4(dpi);
        int w = img.getWidth(), h = img.getHeight();
        Graphics2D g = blackInk(img);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        int margin = (int) Math.round(0.9 * dpi);
        float px = bodyPt / 72f * dpi;
        Font title = CjkFonts.require(family, Font.BOLD, px * 1.4f);
        Font body = CjkFonts.require(family, Font.PLAIN, px);
        List<String> drawn = new ArrayList<>();
        int lineH = Math.round(px * 1.75f);
        int y = margin + Math.round(px * 1.4f);
        g.setFont(title);
        FontMetrics tm = g.getFontMetrics();
        String t = paragraphs.get(0);
        if (tm.stringWidth(t) > w - 2 * margin) {
            t = t.substring(0, Math.min(t.length(), 14));
        }
        g.drawString(t, (w - tm.stringWidth(t)) / 2, y);
        drawn.add(t);
        y += Math.round(px * 2.6f);
        g.setFont(body);
        FontMetrics fm = g.getFontMetrics();
        int lines = 0;
        int lastBaseline = y;
        outer:
        for (int i = 1; i < paragraphs.size(); i++) {
            String p = "\u3000\u3000" + paragraphs.get(i);
            int pos = 0;
            while (pos < p.length()) {
                int end = pos;
                while (end < p.length() && fm.stringWidth(p.substring(pos, end + 1)) <= w - 2 * margin) {
                    end++;
                }
                String line = p.substring(pos, Math.max(end, pos + 1));
                if (y + lineH > h - margin || lines >= maxLines) {
                    break outer;
                }
                g.drawString(line, margin, y);
                drawn.add(line.strip());
                lastBaseline = y;
                y += lineH;
                lines++;
                pos = Math.max(end, pos + 1);
            }
        }
        g.dispose();
        return new Page(img, String.join("\n", drawn).replace("\u3000", ""), lineH, lastBaseline, margin);
    }
}
