package cn.esip.supervision.casefile;

/** The formats a case document may come in, recognised from its bytes, never from its name. */
public enum DocumentFormat {
    TEXT, DOCX, PDF, PNG, JPEG, TIFF;

    /** True for formats read through the scan reader (images; PDF by its text layer, else OCR). */
    public boolean paged() {
        return this == PDF || this == PNG || this == JPEG || this == TIFF;
    }
}
