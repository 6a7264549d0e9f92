package cn.esip.ocr.preprocess;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/** Pixel operations on 8-bit grey page images (plain loops: fast enough and no native dependency). */
public final class GrayImages {

    private GrayImages() {
    }

    /** The grey bytes of a TYPE_BYTE_GRAY image (its backing array, row-major, no padding). */
    public static byte[] pixels(BufferedImage g) {
        return ((DataBufferByte) g.getRaster().getDataBuffer()).getData();
    }

    public static BufferedImage gray(int w, int h) {
        return new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
    }

    /** True when a meaningful share of pixels is coloured (stamps, photos), from a sparse sample. */
    public static boolean hasColour(BufferedImage img) {
        if (img.getColorModel().getNumColorComponents() < 3) {
            return false;
        }
        int w = img.getWidth(), h = img.getHeight(), step = Math.max(1, (int) Math.sqrt((double) w * h / 40_000));
        int coloured = 0, n = 0;
        for (int y = 0; y < h; y += step) {
            for (int x = 0; x < w; x += step) {
                int rgb = img.getRGB(x, y);
                int r = (rgb >> 16) & 255, g = (rgb >> 8) & 255, b = rgb & 255;
                int max = Math.max(r, Math.max(g, b)), min = Math.min(r, Math.min(g, b));
                if (max - min > 40) {
                    coloured++;
                }
                n++;
            }
        }
        return coloured > n / 1000;
    }

    /**
     * Grey conversion. With {@code dropColourInk} each pixel takes its brightest channel, so saturated
     * ink (red or blue seals, coloured stamps) turns light while black print stays black.
     */
    public static BufferedImage toGray(BufferedImage img, boolean dropColourInk) {
        int w = img.getWidth(), h = img.getHeight();
        if (img.getType() == BufferedImage.TYPE_BYTE_GRAY) {
            BufferedImage copy = gray(w, h);
            System.arraycopy(pixels(img), 0, pixels(copy), 0, w * h);
            return copy;
        }
        BufferedImage out = gray(w, h);
        byte[] o = pixels(out);
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            img.getRGB(0, y, w, 1, row, 0, w);
            int base = y * w;
            for (int x = 0; x < w; x++) {
                int rgb = row[x];
                int r = (rgb >> 16) & 255, g = (rgb >> 8) & 255, b = rgb & 255;
                int v = dropColourInk ? Math.max(r, Math.max(g, b)) : (r * 299 + g * 587 + b * 114) / 1000;
                o[base + x] = (byte) v;
            }
        }
        return out;
    }

    /** Scales by {@code f} with bicubic interpolation. */
    public static BufferedImage scale(BufferedImage g, double f) {
        int w = Math.max(1, (int) Math.round(g.getWidth() * f)), h = Math.max(1, (int) Math.round(g.getHeight() * f));
        BufferedImage out = gray(w, h);
        Graphics2D gr = out.createGraphics();
        gr.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        gr.setColor(Color.WHITE);
        gr.fillRect(0, 0, w, h);
        gr.drawImage(g, 0, 0, w, h, null);
        gr.dispose();
        return out;
    }

    /** 3×3 median filter (edges copied). */
    public static BufferedImage median3(BufferedImage g) {
        int w = g.getWidth(), h = g.getHeight();
        byte[] in = pixels(g);
        BufferedImage out = gray(w, h);
        byte[] o = pixels(out);
        System.arraycopy(in, 0, o, 0, in.length);
        int[] v = new int[9];
        for (int y = 1; y < h - 1; y++) {
            for (int x = 1; x < w - 1; x++) {
                int k = 0;
                for (int dy = -1; dy <= 1; dy++) {
                    int base = (y + dy) * w + x;
                    v[k++] = in[base - 1] & 255;
                    v[k++] = in[base] & 255;
                    v[k++] = in[base + 1] & 255;
                }
                o[y * w + x] = (byte) median9(v);
            }
        }
        return out;
    }

    private static int median9(int[] a) {
        // partial selection sort up to the middle element
        for (int i = 0; i <= 4; i++) {
            int m = i;
            for (int j = i + 1; j < 9; j++) {
                if (a[j] < a[m]) {
                    m = j;
                }
            }
            int t = a[i];
            a[i] = a[m];
            a[m] = t;
        }
        return a[4];
    }

    /** Rotates by {@code degrees} (counter-clockwise positive) about the centre, bilinear, white outside. */
    public static BufferedImage rotate(BufferedImage g, double degrees) {
        int w = g.getWidth(), h = g.getHeight();
        byte[] in = pixels(g);
        BufferedImage out = gray(w, h);
        byte[] o = pixels(out);
        double a = Math.toRadians(degrees), cos = Math.cos(a), sin = Math.sin(a);
        double cx = w / 2.0, cy = h / 2.0;
        for (int y = 0; y < h; y++) {
            double dy = y - cy;
            for (int x = 0; x < w; x++) {
                double dx = x - cx;
                // inverse mapping: source = R(-a) * dest
                double sx = cos * dx - sin * dy + cx, sy = sin * dx + cos * dy + cy;
                int x0 = (int) Math.floor(sx), y0 = (int) Math.floor(sy);
                int v;
                if (x0 < 0 || y0 < 0 || x0 + 1 >= w || y0 + 1 >= h) {
                    v = 255;
                } else {
                    double fx = sx - x0, fy = sy - y0;
                    int i = y0 * w + x0;
                    double top = (in[i] & 255) * (1 - fx) + (in[i + 1] & 255) * fx;
                    double bot = (in[i + w] & 255) * (1 - fx) + (in[i + w + 1] & 255) * fx;
                    v = (int) Math.round(top * (1 - fy) + bot * fy);
                }
                o[y * w + x] = (byte) v;
            }
        }
        return out;
    }

    /** Otsu's threshold of the grey histogram. */
    public static int otsu(BufferedImage g) {
        int[] hist = new int[256];
        for (byte b : pixels(g)) {
            hist[b & 255]++;
        }
        long total = (long) g.getWidth() * g.getHeight(), sum = 0;
        for (int i = 0; i < 256; i++) {
            sum += (long) i * hist[i];
        }
        long sumB = 0, wB = 0;
        double best = -1;
        int t = 128;
        for (int i = 0; i < 256; i++) {
            wB += hist[i];
            if (wB == 0) {
                continue;
            }
            long wF = total - wB;
            if (wF == 0) {
                break;
            }
            sumB += (long) i * hist[i];
            double mB = (double) sumB / wB, mF = (double) (sum - sumB) / wF;
            double between = (double) wB * wF * (mB - mF) * (mB - mF);
            if (between > best) {
                best = between;
                t = i;
            }
        }
        return t;
    }

    /** Black and white at a global threshold. */
    public static BufferedImage binarize(BufferedImage g, int threshold) {
        BufferedImage out = gray(g.getWidth(), g.getHeight());
        byte[] in = pixels(g), o = pixels(out);
        for (int i = 0; i < in.length; i++) {
            o[i] = (byte) ((in[i] & 255) > threshold ? 255 : 0);
        }
        return out;
    }

    /** Colour rotation matching {@link #rotate} (nearest neighbour, white outside). */
    public static BufferedImage rotateRgb(BufferedImage img, double degrees) {
        int w = img.getWidth(), h = img.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        double a = Math.toRadians(degrees), cos = Math.cos(a), sin = Math.sin(a);
        double cx = w / 2.0, cy = h / 2.0;
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            double dy = y - cy;
            for (int x = 0; x < w; x++) {
                double dx = x - cx;
                int sx = (int) Math.round(cos * dx - sin * dy + cx), sy = (int) Math.round(sin * dx + cos * dy + cy);
                row[x] = sx < 0 || sy < 0 || sx >= w || sy >= h ? 0xFFFFFF : img.getRGB(sx, sy);
            }
            out.setRGB(0, y, w, 1, row, 0, w);
        }
        return out;
    }

    /** The image turned clockwise by a multiple of 90 degrees (exact, same image type for grey). */
    public static BufferedImage turnClockwise(BufferedImage img, int degrees) {
        int q = ((degrees / 90) % 4 + 4) % 4;
        if (q == 0) {
            return img;
        }
        int w = img.getWidth(), h = img.getHeight();
        int nw = q % 2 == 0 ? w : h, nh = q % 2 == 0 ? h : w;
        int type = img.getType() == BufferedImage.TYPE_BYTE_GRAY ? BufferedImage.TYPE_BYTE_GRAY : BufferedImage.TYPE_INT_RGB;
        BufferedImage out = new BufferedImage(nw, nh, type);
        java.awt.Graphics2D g = out.createGraphics();
        g.translate(nw / 2.0, nh / 2.0);
        g.rotate(Math.toRadians(90.0 * q));
        g.translate(-w / 2.0, -h / 2.0);
        g.drawImage(img, 0, 0, null);
        g.dispose();
        return out;
    }
}
