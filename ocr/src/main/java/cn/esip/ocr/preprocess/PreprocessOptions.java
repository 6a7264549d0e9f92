package cn.esip.ocr.preprocess;

/**
 * Which preprocessing steps may run (each runs only when the page needs it).
 *
 * @param dropColourInk  take each pixel's brightest channel so coloured seals and stamps fade out
 * @param normalizeResolution  upscale pages whose text lines are small (150 dpi scans) to about 300 dpi
 * @param denoise        3×3 median filter on speckled pages
 * @param deskew         rotate pages skewed by 0.3–5°
 * @param binarize       global Otsu threshold before OCR (Tesseract thresholds by itself otherwise)
 * @param orientation    when a page reads badly, ask Tesseract's orientation detection and retry it turned upright
 */
public record PreprocessOptions(boolean dropColourInk, boolean normalizeResolution, boolean denoise,
                                boolean deskew, boolean binarize, boolean orientation) {

    /**
     * The steps the benchmark showed to help (see BENCHMARKS.md, "## OCR"): colour-ink removal, median,
     * deskew, orientation. Upscaling and Otsu made degraded pages worse and are off.
     */
    public static PreprocessOptions defaults() {
        return new PreprocessOptions(true, false, true, true, false, true);
    }

    /** No preprocessing at all (grey conversion only). */
    public static PreprocessOptions none() {
        return new PreprocessOptions(false, false, false, false, false, false);
    }

    /** Parses a comma list of step names (colour,resolution,denoise,deskew,binarize,orientation), or "none"/"default". */
    public static PreprocessOptions parse(String s) {
        if (s == null || s.isBlank() || s.equals("default")) {
            return defaults();
        }
        if (s.equals("none")) {
            return none();
        }
        java.util.Set<String> set = new java.util.HashSet<>(java.util.Arrays.asList(s.split(",")));
        for (String k : set) {
            if (!java.util.Set.of("colour", "resolution", "denoise", "deskew", "binarize", "orientation").contains(k)) {
                throw new IllegalArgumentException("unknown preprocessing step '" + k
                        + "' (use colour,resolution,denoise,deskew,binarize,orientation, none or default)");
            }
        }
        return new PreprocessOptions(set.contains("colour"), set.contains("resolution"), set.contains("denoise"),
                set.contains("deskew"), set.contains("binarize"), set.contains("orientation"));
    }
}
