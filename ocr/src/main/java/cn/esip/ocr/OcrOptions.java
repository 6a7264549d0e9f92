package cn.esip.ocr;

import cn.esip.ocr.preprocess.PreprocessOptions;

/**
 * Per-request OCR options.
 *
 * @param languages      Tesseract languages, e.g. {@code chi_sim} or {@code chi_sim+eng}; null for the default
 * @param preprocessing  preprocessing steps allowed
 */
public record OcrOptions(String languages, PreprocessOptions preprocessing) {

    public static OcrOptions defaults() {
        return new OcrOptions(null, PreprocessOptions.defaults());
    }

    public OcrOptions withLanguages(String langs) {
        return new OcrOptions(langs, preprocessing);
    }
}
