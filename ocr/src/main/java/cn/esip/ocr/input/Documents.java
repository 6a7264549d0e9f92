package cn.esip.ocr.input;

/** Opens an input file as pages, after checking its size and recognising its format from content. */
public final class Documents {

    private Documents() {
    }

    public static PageSource open(byte[] data, InputLimits limits) {
        if (data != null && data.length > limits.maxBytes()) {
            throw new ImageInputException(ImageInputException.Kind.TOO_LARGE,
                    "file of " + data.length + " bytes exceeds the limit of " + limits.maxBytes() + " bytes");
        }
        ImageFormat f = ImageFormat.detect(data);
        return f == ImageFormat.PDF ? PdfSource.open(data, limits) : RasterSource.open(f, data, limits);
    }
}
