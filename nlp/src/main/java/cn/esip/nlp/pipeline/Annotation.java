package cn.esip.nlp.pipeline;

/** What an annotator adds to a document, and so what a later annotator may require (CoreNLP's requirements). */
public enum Annotation {
    /** the text with full-width forms and spaces normalised */
    NORMALIZED_TEXT,
    /** sentence spans */
    SENTENCES,
    /** word tokens with parts of speech */
    TOKENS,
    /** entities found by pattern: dates, amounts, ids, phone numbers, case numbers */
    PATTERN_ENTITIES,
    /** law citations, parsed and (with a resolver) resolved to provision codes */
    LAW_CITATIONS,
    /** person, place and organisation names from the segmenter's tags */
    NAMED_ENTITIES,
    /** the CAIL2022 model's entities and relations */
    CAIL_ENTITIES,
    /** the document type (立案审批表 … 行政处罚决定书 …), with scores */
    DOCUMENT_TYPE,
    /** the enforcement domain, with scores */
    DOMAIN,
    /** the penalty-decision frame, on a 行政处罚决定书 */
    PENALTY_DECISION
}
