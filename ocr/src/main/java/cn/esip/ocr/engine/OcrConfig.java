package cn.esip.ocr.engine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;

/**
 * Engine settings: where Tesseract's language data lives, the default languages, page segmentation
 * mode, pool size and the time limit of one page.
 *
 * @param dataPath     the tessdata folder itself (Debian: /usr/share/tesseract-ocr/5/tessdata)
 * @param languages    default languages, e.g. {@code chi_sim}
 * @param pageSegMode  Tesseract page segmentation mode (6 = one uniform block; measured best on case pages)
 * @param poolSize     engines per language (one per core: a handle serves one thread at a time)
 * @param pageTimeout  time limit for recognising one page
 */
public record OcrConfig(Path dataPath, String languages, int pageSegMode, int poolSize, Duration pageTimeout) {

    /** Debian 12's tessdata folder. */
    public static final Path DEBIAN_TESSDATA = Paths.get("/usr/share/tesseract-ocr/5/tessdata");

    public OcrConfig {
        if (poolSize < 1) {
            throw new IllegalArgumentException("pool size must be at least 1");
        }
        if (languages == null || !languages.matches("[A-Za-z_]+(\\+[A-Za-z_]+)*")) {
            throw new IllegalArgumentException("invalid language list: " + languages);
        }
    }

    /**
     * Defaults: data path from {@code -Desip.tessdata}, else {@code $ESIP_TESSDATA}, else Debian's folder;
     * {@code chi_sim}; mode 6; one engine per core; 60 s per page.
     */
    public static OcrConfig defaults() {
        String p = System.getProperty("esip.tessdata");
        if (p == null || p.isBlank()) {
            p = System.getenv("ESIP_TESSDATA");
        }
        Path data = p == null || p.isBlank() ? DEBIAN_TESSDATA : Paths.get(p);
        return new OcrConfig(data, "chi_sim", 6, Runtime.getRuntime().availableProcessors(), Duration.ofSeconds(60));
    }

    public OcrConfig withLanguages(String langs) {
        return new OcrConfig(dataPath, langs, pageSegMode, poolSize, pageTimeout);
    }

    public OcrConfig withPoolSize(int n) {
        return new OcrConfig(dataPath, languages, pageSegMode, n, pageTimeout);
    }

    public OcrConfig withPageTimeout(Duration d) {
        return new OcrConfig(dataPath, languages, pageSegMode, poolSize, d);
    }

    public OcrConfig withPageSegMode(int psm) {
        return new OcrConfig(dataPath, languages, psm, poolSize, pageTimeout);
    }

    /** Checks that every language of {@code langs} has its traineddata file; says which is missing. */
    public void requireLanguages(String langs) {
        if (langs == null || !langs.matches("[A-Za-z_]+(\\+[A-Za-z_]+)*")) {
            throw new IllegalArgumentException("invalid language list: " + langs);
        }
        for (String l : langs.split("\\+")) {
            if (!Files.isRegularFile(dataPath.resolve(l + ".traineddata"))) {
                throw new EngineUnavailableException("Tesseract language data '" + l + "' not found in " + dataPath
                        + " (install tesseract-ocr-" + l.replace('_', '-') + " or set ESIP_TESSDATA)");
            }
        }
    }
}
