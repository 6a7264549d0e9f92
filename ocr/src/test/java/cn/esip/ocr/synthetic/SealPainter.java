package cn.esip.ocr.synthetic;

import cn.esip.ocr.model.Box;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.Random;

/**
 * Draws agency seals (印章): a ring, a five-pointed star, the agency name along the upper arc and a
 * purpose line, in stamp ink multiplied onto the page (print under the seal stays dark), with
 * uneven ink.
 */
public final class SealPainter {

    /** Ink colours of the generated seals. */
    public static final Color[] INKS = {new Color(220, 30, 35), new Color(170, 20, 30), new Color(230, 60, 90),
            new Color(30, 70, 200), new Color(120, 40, 170)};

    private static final String[] AGENCIES = {"某市市场监督管理局", "某区综合行政执法局", "某县生态环境局",
            "某市交通运输局", "某区应急管理局", "某市卫生健康委员会"};
    private static final String[] PURPOSES = {"行政执法专用章", "行政处罚专用章", "", "法制审核专用章"};

    private SealPainter() {
    }

    /**
     * Paints a seal and returns its bounding box.
     *
     * @param rx,ry     semi-axes in pixels (equal for a round seal)
     * @param rotation  degrees
     * @param strength  ink opacity 0–1 (0.3–0.5 for a light stamp)
     */
    public static Box paint(BufferedImage page, Random rnd, int cx, int cy, int rx, int ry, double rotation,
                            Color ink, double strength) {
        int r = Math.max(rx, ry);
        int size = 2 * r + 8;
        BufferedImage layer = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = layer.createGraphics();
        g.setColor(Color.BLACK);
        g.fillRect(0, 0, size, size);
        g.setColor(Color.WHITE);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.translate(size / 2.0, size / 2.0);
        g.rotate(Math.toRadians(rotation));
        float ring = Math.max(2f, Math.min(rx, ry) * 0.06f);
        g.setStroke(new BasicStroke(ring));
        g.draw(new Ellipse2D.Double(-rx + ring / 2, -ry + ring / 2, 2 * rx - ring, 2 * ry - ring));
        g.fill(star(Math.min(rx, ry) * 0.3));
        String name = AGENCIES[rnd.nextInt(AGENCIES.length)];
        Font f = CjkFonts.require(CjkFonts.SANS, Font.BOLD, Math.min(rx, ry) * 0.26f);
        g.setFont(f);
        double span = Math.toRadians(220);
        for (int i = 0; i < name.length(); i++) {
            double a = -Math.PI / 2 - span / 2 + span * (i + 0.5) / name.length();
            double tx = Math.cos(a) * (rx - ring * 1.5 - f.getSize2D() * 0.55);
            double ty = Math.sin(a) * (ry - ring * 1.5 - f.getSize2D() * 0.55);
            AffineTransform keep = g.getTransform();
            g.translate(tx, ty);
            g.rotate(a + Math.PI / 2);
            String ch = name.substring(i, i + 1);
            g.drawString(ch, -g.getFontMetrics().stringWidth(ch) / 2f, f.getSize2D() * 0.4f);
            g.setTransform(keep);
        }
        String purpose = PURPOSES[rnd.nextInt(PURPOSES.length)];
        if (!purpose.isEmpty()) {
            Font pf = f.deriveFont(f.getSize2D() * 0.7f);
            g.setFont(pf);
            g.drawString(purpose, -g.getFontMetrics().stringWidth(purpose) / 2f, (float) (ry * 0.55));
        }
        g.dispose();
        // uneven ink: blotches of weaker pressure
        byte[] a = ((java.awt.image.DataBufferByte) layer.getRaster().getDataBuffer()).getData();
        double blotch = 0.05 + rnd.nextDouble() * 0.2;
        int x0 = cx - size / 2, y0 = cy - size / 2;
        int minX = Integer.MAX_VALUE, minY = Integer.MAX_VALUE, maxX = -1, maxY = -1;
        for (int y = 0; y < size; y++) {
            int py = y0 + y;
            if (py < 0 || py >= page.getHeight()) {
                continue;
            }
            for (int x = 0; x < size; x++) {
                int px = x0 + x;
                int cov = a[y * size + x] & 255;
                if (cov == 0 || px < 0 || px >= page.getWidth()) {
                    continue;
                }
                double k = strength * cov / 255.0;
                if (rnd.nextDouble() < blotch) {
                    k *= 0.35;
                }
                int rgb = page.getRGB(px, py);
                int pr = (rgb >> 16) & 255, pg = (rgb >> 8) & 255, pb = rgb & 255;
                // multiply blend of the ink colour with opacity k
                int nr = (int) Math.round(pr * (1 - k * (1 - ink.getRed() / 255.0)));
                int ng = (int) Math.round(pg * (1 - k * (1 - ink.getGreen() / 255.0)));
                int nb = (int) Math.round(pb * (1 - k * (1 - ink.getBlue() / 255.0)));
                page.setRGB(px, py, (nr << 16) | (ng << 8) | nb);
                if (cov > 60) {
                    minX = Math.min(minX, px);
                    minY = Math.min(minY, py);
                    maxX = Math.max(maxX, px);
                    maxY = Math.max(maxY, py);
                }
            }
        }
        return maxX < 0 ? new Box(cx, cy, 0, 0) : new Box(minX, minY, maxX - minX + 1, maxY - minY + 1);
    }

    private static Path2D star(double r) {
        Path2D p = new Path2D.Double();
        for (int i = 0; i < 10; i++) {
            double a = -Math.PI / 2 + i * Math.PI / 5;
            double rr = i % 2 == 0 ? r : r * 0.4;
            if (i == 0) {
                p.moveTo(Math.cos(a) * rr, Math.sin(a) * rr);
            } else {
                p.lineTo(Math.cos(a) * rr, Math.sin(a) * rr);
            }
        }
        p.closePath();
        return p;
    }
}
