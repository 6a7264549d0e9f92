package cn.esip.supervision.report;

/**
 * What a finding points at: a quote in a document (with its page and line where the document is paged),
 * or a field of case.json.
 *
 * @param document file name in {@code documents/} (null for a case.json field)
 * @param page     1-based page (0: not paged)
 * @param line     1-based line on the page or in the text (0: unknown)
 * @param quote    the text as it stands in the document (null for a field)
 * @param field    a case.json path such as {@code dates.decided} (null for a quote)
 */
public record Evidence(String document, int page, int line, String quote, String field) {

    /** A quote from a document. */
    public static Evidence quote(String document, int page, int line, String quote) {
        return new Evidence(document, page, line, quote, null);
    }

    /** A case.json field. */
    public static Evidence field(String field) {
        return new Evidence(null, 0, 0, null, field);
    }

    /** A document as a whole (or the title of a missing one). */
    public static Evidence document(String document) {
        return new Evidence(document, 0, 0, null, null);
    }
}
