package cn.esip.nlp.privacy;

/**
 * One piece of personal data found in a text: where it is, what kind, and what replaces it.
 *
 * @param start       index of the first character of the span in the text (inclusive)
 * @param end         index after the last character of the span (exclusive)
 * @param kind        what sort of personal data the span is
 * @param original    the text of the span, {@code text.substring(start, end)}
 * @param replacement what the span becomes in the masked text
 */
public record PersonalData(int start, int end, Kind kind, String original, String replacement) {

    /** The kinds of personal data of natural persons that {@link Deidentifier} masks. */
    public enum Kind { ID_NUMBER, PHONE, PERSON_NAME, ADDRESS, BANK_ACCOUNT, EMAIL }
}
