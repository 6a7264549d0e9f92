package cn.esip.ocr.synthetic;

import cn.esip.ocr.model.Box;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Reproducible benchmark and test pages from law texts: clean 300 dpi pages, degraded scans, and
 * pages with seals of several inks, sizes and rotations (or with red letterheads but no seal).
 */
public final class PageGenerator {

    private final LawTexts laws;
    private final List<String> fonts;

    public PageGenerator(LawTexts laws) {
        this(laws, List.of());
    }

    /** Pages in these font families (one picked per page), or the default serif and sans when empty. */
    public PageGenerator(LawTexts laws, List<String> fonts) {
        this.laws = laws;
        this.fonts = fonts == null || fonts.isEmpty() ? List.of(CjkFonts.SERIF, CjkFonts.SANS) : List.copyOf(fonts);
    }

    private String family(Random rnd) {
        return fonts.size() == 2 ? (rnd.nextBoolean() ? fonts.get(0) : fonts.get(1)) : fonts.get(rnd.nextInt(fonts.size()));
    }

    /** A clean 300 dpi page (serif or sans body, 12 pt). */
    public RenderedPage clean(Random rnd, int maxLines) {
        String family = family(rnd);
        PageRenderer.Page p = new PageRenderer(300, family, 12f).render(laws.pick(rnd, 1400), maxLines);
        return new RenderedPage(p.image(), 300, p.text(), List.of(), List.of());
    }

    /**
     * A degraded scan of a clean page: a light red stamp over the text, 1–3° skew, 150 dpi, grey noise
     * with specks; the caller encodes it as JPEG (quality 0.6–0.8) for the artefacts.
     */
    public RenderedPage degraded(Random rnd, int maxLines) {
        String family = family(rnd);
        PageRenderer.Page p = new PageRenderer(300, family, 12f).render(laws.pick(rnd, 1400), maxLines);
        BufferedImage img = p.image();
        int r = 190 + rnd.nextInt(60);
        int cx = p.marginX() + r + rnd.nextInt(Math.max(1, img.getWidth() - 2 * p.marginX() - 2 * r));
        int cy = Math.min(p.lastBaseline() - r / 2, 700 + rnd.nextInt(Math.max(1, p.lastBaseline() - 700)));
        SealPainter.paint(img, rnd, cx, Math.max(r, cy), r, r, rnd.nextDouble() * 360,
                SealPainter.INKS[rnd.nextInt(3)], 0.3 + rnd.nextDouble() * 0.2);
        double angle = (1 + rnd.nextDouble() * 2) * (rnd.nextBoolean() ? 1 : -1);
        img = Degrader.rotate(img, angle);
        img = Degrader.scale(img, 0.5);
        Degrader.noise(img, rnd, 8 + rnd.nextDouble() * 8, 0.002 + rnd.nextDouble() * 0.003);
        return new RenderedPage(img, 150, p.text(), List.of(), List.of());
    }

    /** JPEG quality for a degraded page, 0.6–0.8. */
    public static float jpegQuality(Random rnd) {
        return 0.6f + rnd.nextFloat() * 0.2f;
    }

    /**
     * A page for the seal benchmark at {@code dpi}: with {@code seals} seals (0 for a clean page),
     * optionally with a red letterhead and rule as a distractor, optionally degraded.
     */
    public RenderedPage sealPage(Random rnd, int dpi, int seals, boolean letterhead, boolean degrade) {
        String family = family(rnd);
        PageRenderer.Page p = new PageRenderer(dpi, family, 12f).render(laws.pick(rnd, 1000), 22);
        BufferedImage img = p.image();
        if (letterhead) {
            Graphics2D g = img.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(new Color(215, 25, 30));
            g.setFont(CjkFonts.require(CjkFonts.SERIF, Font.BOLD, dpi * 0.32f));
            String head = "某市市场监督管理局文件";
            int tw = g.getFontMetrics().stringWidth(head);
            g.drawString(head, (img.getWidth() - tw) / 2, (int) (dpi * 0.55));
            g.fillRect(p.marginX(), (int) (dpi * 0.68), img.getWidth() - 2 * p.marginX(), Math.max(3, dpi / 60));
            g.dispose();
        }
        List<Box> boxes = new ArrayList<>();
        for (int i = 0; i < seals; i++) {
            for (int attempt = 0; attempt < 20; attempt++) {
                double cm = dpi / 2.54;
                boolean oval = rnd.nextInt(4) == 0;
                int rx = (int) Math.round((oval ? 2.0 + rnd.nextDouble() * 0.4 : 1.3 + rnd.nextDouble() * 0.9) * cm);
                int ry = oval ? (int) Math.round(rx * (0.62 + rnd.nextDouble() * 0.1)) : rx;
                int cx = rx + (int) (cm * 0.5) + rnd.nextInt(Math.max(1, img.getWidth() - 2 * rx - (int) cm));
                int top = (int) (dpi * 1.2) + rx;
                int cy = top + rnd.nextInt(Math.max(1, img.getHeight() - top - rx - (int) (cm * 0.5)));
                Box candidate = new Box(cx - rx, cy - rx, 2 * rx, 2 * rx);
                if (boxes.stream().anyMatch(b -> b.iou(candidate) > 0 || overlaps(b, candidate))) {
                    continue;
                }
                Color ink = SealPainter.INKS[rnd.nextInt(SealPainter.INKS.length)];
                double rotation = oval ? rnd.nextDouble() * 40 - 20 : rnd.nextDouble() * 360;
                boxes.add(SealPainter.paint(img, rnd, cx, cy, rx, ry, rotation, ink, 0.7 + rnd.nextDouble() * 0.3));
                break;
            }
        }
        if (degrade) {
            img = Degrader.rotate(img, (rnd.nextDouble() * 2 - 1) * 2);
            Degrader.noise(img, rnd, 6 + rnd.nextDouble() * 6, 0.001);
        }
        return new RenderedPage(img, dpi, p.text(), boxes, List.of());
    }

    private static boolean overlaps(Box a, Box b) {
        return a.x() < b.right() && b.x() < a.right() && a.y() < b.bottom() && b.y() < a.bottom();
    }

    /**
     * A record page (询问笔录 or 送达回证) with a few lines of text and three signature labels; label i is
     * signed with generated handwriting where {@code signed[i]}. The ground-truth boxes are those of the
     * signatures drawn (in label order, null-free: unsigned labels have none).
     */
    public RenderedPage recordPage(Random rnd, int dpi, boolean[] signed) {
        BufferedImage img = PageRenderer.blankA4(dpi);
        int w = img.getWidth(), h = img.getHeight();
        Graphics2D g = PageRenderer.blackInk(img);
        String family = family(rnd);
        float px = 12f / 72 * dpi;
        boolean receipt = rnd.nextBoolean();
        g.setFont(CjkFonts.require(family, Font.BOLD, px * 1.5f));
        String title = receipt ? "送达回证" : "询问笔录";
        g.drawString(title, (w - g.getFontMetrics().stringWidth(title)) / 2, (int) (px * 6));
        g.setFont(CjkFonts.require(family, Font.PLAIN, px));
        List<String> body = laws.pick(rnd, 300);
        int x = (int) (px * 4), y = (int) (px * 9);
        StringBuilder text = new StringBuilder(title);
        for (int i = 1; i < body.size() && i < 4; i++) {
            String l = body.get(i);
            l = l.substring(0, Math.min(l.length(), 30));
            g.drawString(l, x, y);
            text.append('\n').append(l);
            y += (int) (px * 1.8);
        }
        String[] labels = receipt ? new String[]{"受送达人签名：", "送达人签字：", "见证人签名："}
                : new String[]{"被询问人签名：", "询问人签名：", "记录人签名："};
        List<Box> sigs = new ArrayList<>();
        int[] baselines = new int[labels.length];
        y += (int) (px * 3);
        for (int i = 0; i < labels.length; i++) {
            g.drawString(labels[i], x, y);
            text.append('\n').append(labels[i]);
            baselines[i] = y;
            y += (int) (px * 4);
        }
        int[] ends = new int[labels.length];
        for (int i = 0; i < labels.length; i++) {
            ends[i] = x + g.getFontMetrics().stringWidth(labels[i]);
        }
        g.dispose();
        for (int i = 0; i < labels.length; i++) {
            if (i < signed.length && signed[i]) {
                int sh = (int) (px * (1.1 + rnd.nextDouble() * 0.6));
                sigs.add(SignaturePainter.paint(img, rnd, ends[i] + (int) (px * (0.3 + rnd.nextDouble())),
                        baselines[i] - sh + (int) (px * 0.3), sh));
            }
        }
        return new RenderedPage(img, dpi, text.toString(), List.of(), sigs);
    }
}
