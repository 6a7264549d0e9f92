package cn.esip.ocr.classify;

import java.awt.image.BufferedImage;
import java.util.Optional;

/**
 * Page type from OCR text and image features: a photograph (many mid-tones, colour, little text) is a
 * 现场照片; otherwise the text classifier decides, and a page it cannot place is {@code other}.
 */
public final class PageClassifier {

    private final PageTextClassifier texts;

    /** @param text the classifier of a page's OCR text (the NLP document-type classifier through its adapter) */
    public PageClassifier(PageTextClassifier text) {
        this.texts = java.util.Objects.requireNonNull(text, "a page text classifier is required");
    }

    public TypeGuess classify(BufferedImage page, String text) {
        String t = text == null ? "" : text;
        int chars = t.replaceAll("\\s+", "").length();
        ImageFeatures f = page == null ? null : ImageFeatures.of(page);
        if (f != null && f.photoLike() && chars < 150) {
            return new TypeGuess(TypeGuess.PHOTO, Math.round(Math.min(0.95, 0.5 + f.midTones()) * 100) / 100.0, "image");
        }
        Optional<TypeGuess> g = chars == 0 ? Optional.empty() : texts.classify(t);
        return g.orElse(new TypeGuess(TypeGuess.OTHER, 0.5, chars == 0 ? "image" : "text"));
    }

    /** Simple statistics of a page image. */
    public record ImageFeatures(double midTones, double colourful) {

        /** A photograph rather than a document: many mid-grey or coloured pixels. */
        public boolean photoLike() {
            return midTones > 0.35 || colourful > 0.3 && midTones > 0.2;
        }

        public static ImageFeatures of(BufferedImage img) {
            int w = img.getWidth(), h = img.getHeight(), step = Math.max(1, (int) Math.sqrt((double) w * h / 60_000));
            long n = 0, mid = 0, col = 0;
            for (int y = 0; y < h; y += step) {
                for (int x = 0; x < w; x += step) {
                    int rgb = img.getRGB(x, y);
                    int r = (rgb >> 16) & 255, g = (rgb >> 8) & 255, b = rgb & 255;
                    int lum = (r * 299 + g * 587 + b * 114) / 1000;
                    int chroma = Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b));
                    n++;
                    if (lum > 40 && lum < 200) {
                        mid++;
                    }
                    if (chroma > 40) {
                        col++;
                    }
                }
            }
            return new ImageFeatures(n == 0 ? 0 : (double) mid / n, n == 0 ? 0 : (double) col / n);
        }
    }
}
