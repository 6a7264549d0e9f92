package cn.esip.ocr.vision;

import cn.esip.ocr.model.Box;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds agency seals by rules: saturated-ink segmentation, grouping of nearby ink, then an ellipse
 * fit to the outermost ink of each group. A group is a seal when its outer ink runs round an ellipse
 * (ring coverage), the fit is tight, and its size and aspect are those of a stamp. Grey scans carry no
 * colour and are out of its reach.
 */
public final class SealDetector {

    /** Working resolution: the longer page side is reduced to this many pixels. */
    static final int WORK_SIDE = 1000;
    static final int SECTORS = 72;

    private final double threshold;

    /** A detector reporting candidates scoring at least {@code threshold}. */
    public SealDetector(double threshold) {
        this.threshold = threshold;
    }

    /** The detector with the threshold tuned on generated pages (seed 1, see BENCHMARKS.md). */
    public static SealDetector tuned() {
        return new SealDetector(0.6);
    }

    public double threshold() {
        return threshold;
    }

    public List<Seal> detect(BufferedImage page) {
        List<Seal> out = new ArrayList<>();
        for (Candidate c : candidates(page)) {
            if (c.score >= threshold) {
                out.add(new Seal(c.box, Math.round(c.score * 1000) / 1000.0, c.colour, c.shape));
            }
        }
        return out;
    }

    /** Every ink group that passed the size and aspect tests, with its score (for tuning). */
    public List<Candidate> candidates(BufferedImage page) {
        double s = Math.min(1.0, (double) WORK_SIDE / Math.max(page.getWidth(), page.getHeight()));
        BufferedImage small = s < 1 ? shrink(page, s) : page;
        int w = small.getWidth(), h = small.getHeight();
        boolean[] ink = new boolean[w * h];
        float[] hue = new float[w * h];
        int[] row = new int[w];
        int count = 0;
        for (int y = 0; y < h; y++) {
            small.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++) {
                int rgb = row[x];
                int r = (rgb >> 16) & 255, g = (rgb >> 8) & 255, b = rgb & 255;
                int max = Math.max(r, Math.max(g, b)), min = Math.min(r, Math.min(g, b));
                int chroma = max - min;
                if (chroma >= 45 && max >= 90 && chroma >= 0.25 * max) {
                    ink[y * w + x] = true;
                    hue[y * w + x] = hue(r, g, b, max, chroma);
                    count++;
                }
            }
        }
        List<Candidate> out = new ArrayList<>();
        if (count < 50) {
            return out;
        }
        int radius = Math.max(2, Math.round(w / 250f));
        boolean[] grown = dilate(ink, w, h, radius);
        int[] label = new int[w * h];
        int next = 0;
        int[] stack = new int[w * h];
        int minSide = Math.min(w, h);
        for (int i = 0; i < w * h; i++) {
            if (!grown[i] || label[i] != 0) {
                continue;
            }
            next++;
            int sp = 0;
            stack[sp++] = i;
            label[i] = next;
            int x0 = w, y0 = h, x1 = -1, y1 = -1;
            List<Integer> members = new ArrayList<>();
            while (sp > 0) {
                int p = stack[--sp];
                int px = p % w, py = p / w;
                x0 = Math.min(x0, px);
                x1 = Math.max(x1, px);
                y0 = Math.min(y0, py);
                y1 = Math.max(y1, py);
                if (ink[p]) {
                    members.add(p);
                }
                if (px > 0 && grown[p - 1] && label[p - 1] == 0) {
                    label[p - 1] = next;
                    stack[sp++] = p - 1;
                }
                if (px < w - 1 && grown[p + 1] && label[p + 1] == 0) {
                    label[p + 1] = next;
                    stack[sp++] = p + 1;
                }
                if (py > 0 && grown[p - w] && label[p - w] == 0) {
                    label[p - w] = next;
                    stack[sp++] = p - w;
                }
                if (py < h - 1 && grown[p + w] && label[p + w] == 0) {
                    label[p + w] = next;
                    stack[sp++] = p + w;
                }
            }
            int bw = x1 - x0 + 1, bh = y1 - y0 + 1;
            if (Math.min(bw, bh) < 0.045 * minSide || Math.max(bw, bh) > 0.6 * minSide
                    || Math.max(bw, bh) > 2.2 * Math.min(bw, bh) || members.size() < 40) {
                continue;
            }
            Candidate c = score(members, w, hue, x0, y0, x1, y1);
            if (c != null) {
                Box b = new Box(x0, y0, bw, bh).scale(1 / s);
                out.add(new Candidate(b, c.score, c.colour, c.shape, c.coverage, c.residual, c.fill));
            }
        }
        return out;
    }

    /**
     * One scored ink group.
     *
     * @param coverage  share of angular sectors with ink on the fitted ellipse
     * @param residual  median relative distance of the outermost ink from the ellipse
     * @param fill      ink pixels over ellipse area
     */
    public record Candidate(Box box, double score, String colour, String shape, double coverage, double residual, double fill) {
    }

    private static Candidate score(List<Integer> members, int w, float[] hue, int x0, int y0, int x1, int y1) {
        double cx = (x0 + x1) / 2.0, cy = (y0 + y1) / 2.0;
        // orientation from second moments of the ink
        double sxx = 0, syy = 0, sxy = 0;
        for (int p : members) {
            double dx = p % w - cx, dy = p / w - cy;
            sxx += dx * dx;
            syy += dy * dy;
            sxy += dx * dy;
        }
        double theta = 0.5 * Math.atan2(2 * sxy, sxx - syy);
        double cos = Math.cos(theta), sin = Math.sin(theta);
        double[] far = new double[SECTORS];
        double[] fu = new double[SECTORS], fv = new double[SECTORS];
        for (int p : members) {
            double dx = p % w - cx, dy = p / w - cy;
            double u = dx * cos + dy * sin, v = -dx * sin + dy * cos;
            double r = Math.hypot(u, v);
            int k = (int) ((Math.atan2(v, u) + Math.PI) / (2 * Math.PI) * SECTORS) % SECTORS;
            if (r > far[k]) {
                far[k] = r;
                fu[k] = u;
                fv[k] = v;
            }
        }
        // least squares A u^2 + B v^2 = 1 over the outermost points
        double suu = 0, svv = 0, suv = 0, su = 0, sv = 0;
        int n = 0;
        for (int k = 0; k < SECTORS; k++) {
            if (far[k] <= 0) {
                continue;
            }
            double a = fu[k] * fu[k], b = fv[k] * fv[k];
            suu += a * a;
            svv += b * b;
            suv += a * b;
            su += a;
            sv += b;
            n++;
        }
        if (n < SECTORS / 2) {
            return null;
        }
        double det = suu * svv - suv * suv;
        if (Math.abs(det) < 1e-12) {
            return null;
        }
        double A = (su * svv - sv * suv) / det, B = (sv * suu - su * suv) / det;
        if (A <= 0 || B <= 0) {
            return null;
        }
        double ra = 1 / Math.sqrt(A), rb = 1 / Math.sqrt(B);
        double[] rho = new double[SECTORS];
        List<Double> res = new ArrayList<>();
        for (int k = 0; k < SECTORS; k++) {
            if (far[k] > 0) {
                double q = Math.sqrt(fu[k] * fu[k] * A + fv[k] * fv[k] * B);
                res.add(Math.abs(q - 1));
            }
        }
        // ring coverage: sectors with ink close to the ellipse
        boolean[] onRing = new boolean[SECTORS];
        for (int p : members) {
            double dx = p % w - cx, dy = p / w - cy;
            double u = dx * cos + dy * sin, v = -dx * sin + dy * cos;
            double q = Math.sqrt(u * u * A + v * v * B);
            if (q >= 0.86 && q <= 1.1) {
                int k = (int) ((Math.atan2(v, u) + Math.PI) / (2 * Math.PI) * SECTORS) % SECTORS;
                onRing[k] = true;
            }
        }
        int covered = 0;
        for (boolean b : onRing) {
            if (b) {
                covered++;
            }
        }
        res.sort(null);
        double residual = res.get(res.size() / 2);
        double coverage = (double) covered / SECTORS;
        double fill = members.size() / (Math.PI * ra * rb);
        double aspect = Math.max(ra, rb) / Math.min(ra, rb);
        double score = coverage * Math.max(0, 1 - 4 * residual) * (fill > 0.75 ? 0.5 : 1) * (aspect > 2 ? 0.5 : 1);
        double hx = 0, hy = 0;
        for (int p : members) {
            double a = Math.toRadians(hue[p]);
            hx += Math.cos(a);
            hy += Math.sin(a);
        }
        double meanHue = (Math.toDegrees(Math.atan2(hy, hx)) + 360) % 360;
        return new Candidate(null, score, colourName(meanHue), aspect > 1.2 ? "oval" : "round", coverage, residual, fill);
    }

    static String colourName(double hue) {
        if (hue < 25 || hue >= 320) {
            return "red";
        }
        if (hue >= 190 && hue < 255) {
            return "blue";
        }
        if (hue >= 255 && hue < 320) {
            return "purple";
        }
        if (hue >= 75 && hue < 170) {
            return "green";
        }
        return "other";
    }

    private static float hue(int r, int g, int b, int max, int chroma) {
        double h;
        if (max == r) {
            h = ((g - b) / (double) chroma) % 6;
        } else if (max == g) {
            h = (b - r) / (double) chroma + 2;
        } else {
            h = (r - g) / (double) chroma + 4;
        }
        h *= 60;
        return (float) (h < 0 ? h + 360 : h);
    }

    private static boolean[] dilate(boolean[] in, int w, int h, int r) {
        boolean[] tmp = new boolean[in.length], out = new boolean[in.length];
        for (int y = 0; y < h; y++) {
            int last = -10 * r;
            for (int x = 0; x < w; x++) {
                if (in[y * w + x]) {
                    last = x;
                }
                tmp[y * w + x] = x - last <= r;
            }
            last = Integer.MAX_VALUE / 2;
            for (int x = w - 1; x >= 0; x--) {
                if (in[y * w + x]) {
                    last = x;
                }
                tmp[y * w + x] |= last - x <= r;
            }
        }
        for (int x = 0; x < w; x++) {
            int last = -10 * r;
            for (int y = 0; y < h; y++) {
                if (tmp[y * w + x]) {
                    last = y;
                }
                out[y * w + x] = y - last <= r;
            }
            last = Integer.MAX_VALUE / 2;
            for (int y = h - 1; y >= 0; y--) {
                if (tmp[y * w + x]) {
                    last = y;
                }
                out[y * w + x] |= last - y <= r;
            }
        }
        return out;
    }

    private static BufferedImage shrink(BufferedImage img, double s) {
        int w = Math.max(1, (int) Math.round(img.getWidth() * s)), h = Math.max(1, (int) Math.round(img.getHeight() * s));
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(img, 0, 0, w, h, null);
        g.dispose();
        return out;
    }
}
