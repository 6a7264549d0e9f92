package cn.esip.kg.view;

/**
 * One citation seen from a provision: the other end (code, law title, label) and the citation as written.
 *
 * @param code      the cited (or citing) provision or law code; null when unresolved
 * @param lawTitle  title of the law at the other end (the cited title when unresolved)
 * @param label     label of the provision at the other end
 * @param text      the citation as written
 * @param status    RESOLVED, TARGET_LAW_MISSING or TARGET_PROVISION_MISSING
 * @param via       code of the provision (inside the viewed one) that makes or receives the citation
 */
public record CitationLink(String code, String lawTitle, String label, String text, String status, String via) {
}
