package cn.esip.ocr.synthetic;

import cn.esip.ocr.model.Box;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.Random;

/** Draws a handwritten-looking signature: two to four connected cursive scribbles of random curves. */
public final class SignaturePainter {

    private SignaturePainter() {
    }

    /** Paints a signature whose box starts at (x, y) with roughly the given height; returns its box. */
    public static Box paint(BufferedImage page, Random rnd, int x, int y, int height) {
        Graphics2D g = page.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(rnd.nextBoolean() ? new Color(20, 20, 30) : new Color(20, 30, 110));
        g.setStroke(new BasicStroke(Math.max(2f, height / 14f), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        int glyphs = 2 + rnd.nextInt(3);
        double gx = x;
        int minX = Integer.MAX_VALUE, minY = Integer.MAX_VALUE, maxX = 0, maxY = 0;
        for (int k = 0; k < glyphs; k++) {
            double gw = height * (0.8 + rnd.nextDouble() * 0.5);
            Path2D p = new Path2D.Double();
            double px = gx, py = y + height * (0.3 + rnd.nextDouble() * 0.4);
            p.moveTo(px, py);
            int strokes = 3 + rnd.nextInt(3);
            for (int s = 0; s < strokes; s++) {
                double ex = gx + rnd.nextDouble() * gw, ey = y + rnd.nextDouble() * height;
                p.curveTo(gx + rnd.nextDouble() * gw, y - height * 0.2 + rnd.nextDouble() * height * 1.4,
                        gx + rnd.nextDouble() * gw, y - height * 0.2 + rnd.nextDouble() * height * 1.4, ex, ey);
            }
            g.draw(p);
            java.awt.Rectangle b = p.getBounds();
            minX = Math.min(minX, b.x);
            minY = Math.min(minY, b.y);
            maxX = Math.max(maxX, b.x + b.width);
            maxY = Math.max(maxY, b.y + b.height);
            gx += gw * 0.9;
        }
        g.dispose();
        return new Box(minX, minY, maxX - minX, maxY - minY);
    }
}
