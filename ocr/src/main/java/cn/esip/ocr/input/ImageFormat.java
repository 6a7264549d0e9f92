package cn.esip.ocr.input;

/** The file formats the image service reads, recognised from their first bytes (never the file name). */
public enum ImageFormat {
    PNG, JPEG, TIFF, PDF;

    /** The format of {@code data}, or an {@link ImageInputException} naming what it looks like instead. */
    public static ImageFormat detect(byte[] data) {
        if (data == null || data.length == 0) {
            throw new ImageInputException(ImageInputException.Kind.EMPTY, "the file is empty");
        }
        if (starts(data, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return PNG;
        }
        if (starts(data, 0xFF, 0xD8, 0xFF)) {
            return JPEG;
        }
        if (starts(data, 'I', 'I', 0x2A, 0x00) || starts(data, 'M', 'M', 0x00, 0x2A)) {
            return TIFF;
        }
        int limit = Math.min(data.length - 5, 1024);
        for (int i = 0; i <= limit; i++) {
            if (data[i] == '%' && data[i + 1] == 'P' && data[i + 2] == 'D' && data[i + 3] == 'F' && data[i + 4] == '-') {
                return PDF;
            }
        }
        String seen = starts(data, 'G', 'I', 'F', '8') ? "GIF"
                : starts(data, 'B', 'M') ? "BMP"
                : data.length > 12 && starts(data, 'R', 'I', 'F', 'F') && data[8] == 'W' && data[9] == 'E' ? "WebP"
                : starts(data, 'P', 'K', 3, 4) ? "ZIP/Office"
                : "unknown";
        throw new ImageInputException(ImageInputException.Kind.UNSUPPORTED,
                "unsupported file format (" + seen + "); accepted: PNG, JPEG, TIFF, PDF");
    }

    private static boolean starts(byte[] d, int... sig) {
        if (d.length < sig.length) {
            return false;
        }
        for (int i = 0; i < sig.length; i++) {
            if ((d[i] & 0xFF) != sig[i]) {
                return false;
            }
        }
        return true;
    }
}
