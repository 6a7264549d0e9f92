package cn.esip.ocr.classify;

/**
 * A page-type decision. The labels are the NLP document-type classifier's (its cue table is the one list
 * of them) plus {@link #PHOTO}, decided from the image, and {@link #OTHER}.
 *
 * @param type    the label
 * @param score   0–1
 * @param method  how it was decided: image, text (nothing recognised), or the text classifier's method
 */
public record TypeGuess(String type, double score, String method) {

    /** A photograph rather than a document. */
    public static final String PHOTO = "现场照片";
    /** Nothing recognised. */
    public static final String OTHER = "other";
}
