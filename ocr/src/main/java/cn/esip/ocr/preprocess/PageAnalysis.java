package cn.esip.ocr.preprocess;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/** Measurements of a grey page that steer preprocessing: skew angle, text-line height, noise level. */
public final class PageAnalysis {

    private PageAnalysis() {
    }

    /** Ink points of a page sampled on a grid of {@code step} pixels: x, y pairs. */
    private static int[] inkPoints(BufferedImage g, int step, int threshold) {
        byte[] p = GrayImages.pixels(g);
        int w = g.getWidth(), h = g.getHeight();
        List<int[]> pts = new ArrayList<>();
        int n = 0;
        int[] buf = new int[1 << 16];
        for (int y = 0; y < h; y += step) {
            for (int x = 0; x < w; x += step) {
                if ((p[y * w + x] & 255) < threshold) {
                    if (n + 2 > buf.length) {
                        buf = java.util.Arrays.copyOf(buf, buf.length * 2);
                    }
                    buf[n++] = x;
                    buf[n++] = y;
                }
            }
        }
        return java.util.Arrays.copyOf(buf, n);
    }

    /**
     * The skew of the text lines in degrees (counter-clockwise positive) within ±{@code maxDegrees}:
     * the angle whose sheared row profile of ink is sharpest (largest sum of squared row counts).
     */
    public static double skewDegrees(BufferedImage g, double maxDegrees) {
        int step = Math.max(1, g.getWidth() / 1200);
        int[] pts = inkPoints(g, step, 140);
        if (pts.length < 200) {
            return 0;
        }
        int h = g.getHeight();
        double best = 0, bestScore = -1;
        for (double a = -maxDegrees; a <= maxDegrees + 1e-9; a += 0.2) {
            double s = profileScore(pts, a, h, step);
            if (s > bestScore) {
                bestScore = s;
                best = a;
            }
        }
        double centre = best;
        for (double a = centre - 0.2; a <= centre + 0.2 + 1e-9; a += 0.04) {
            double s = profileScore(pts, a, h, step);
            if (s > bestScore) {
                bestScore = s;
                best = a;
            }
        }
        return best;
    }

    private static double profileScore(int[] pts, double degrees, int h, int step) {
        double t = Math.tan(Math.toRadians(degrees));
        int margin = (int) (Math.abs(t) * 20000) + 2;
        int bins = (h + 2 * margin) / step + 2;
        int[] rows = new int[bins];
        for (int i = 0; i < pts.length; i += 2) {
            // a line tilted by +a (counter-clockwise, y down) has y decreasing with x: undo with y + x*tan(a)
            int y = (int) Math.round(pts[i + 1] + pts[i] * t) + margin;
            int b = y / step;
            if (b >= 0 && b < bins) {
                rows[b]++;
            }
        }
        double s = 0;
        for (int r : rows) {
            s += (double) r * r;
        }
        return s;
    }

    /** Median height in pixels of the ink row-runs (text lines) of a roughly level page; 0 if none. */
    public static int medianLineHeight(BufferedImage g) {
        byte[] p = GrayImages.pixels(g);
        int w = g.getWidth(), h = g.getHeight();
        int[] rowInk = new int[h];
        for (int y = 0; y < h; y++) {
            int base = y * w, c = 0;
            for (int x = 0; x < w; x += 2) {
                if ((p[base + x] & 255) < 128) {
                    c++;
                }
            }
            rowInk[y] = c;
        }
        int minInk = Math.max(2, w / 400);
        List<Integer> runs = new ArrayList<>();
        int start = -1;
        for (int y = 0; y <= h; y++) {
            boolean ink = y < h && rowInk[y] >= minInk;
            if (ink && start < 0) {
                start = y;
            } else if (!ink && start >= 0) {
                int len = y - start;
                if (len >= 4) {
                    runs.add(len);
                }
                start = -1;
            }
        }
        if (runs.isEmpty()) {
            return 0;
        }
        runs.sort(null);
        return runs.get(runs.size() / 2);
    }

    /**
     * Grain of the paper: the standard deviation of grey values inside light, text-free 32×32 tiles
     * (the 25th percentile over such tiles). About 0 for a rendered page, the noise sigma for a poor scan.
     */
    public static double backgroundNoise(BufferedImage g) {
        byte[] p = GrayImages.pixels(g);
        int w = g.getWidth(), h = g.getHeight(), t = 32;
        List<Double> stds = new ArrayList<>();
        for (int ty = 0; ty + t <= h; ty += t) {
            for (int tx = 0; tx + t <= w; tx += t) {
                long sum = 0, sq = 0;
                int min = 255;
                for (int y = ty; y < ty + t; y++) {
                    int base = y * w;
                    for (int x = tx; x < tx + t; x++) {
                        int v = p[base + x] & 255;
                        sum += v;
                        sq += (long) v * v;
                    }
                }
                int n = t * t;
                double mean = (double) sum / n;
                if (mean > 170) {
                    stds.add(Math.sqrt(Math.max(0, (double) sq / n - mean * mean)));
                }
            }
        }
        if (stds.isEmpty()) {
            return 0;
        }
        stds.sort(null);
        return stds.get(stds.size() / 4);
    }
}
