package cn.esip.kg.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * One version (text) of a law, with its metadata, its provisions in document order and the
 * citations they make.
 *
 * @param lawCode      code of the law (stable across versions)
 * @param versionDate  date of this version (adopted/promulgated/amended); may be null when unknown
 * @param sourceFile   path of the corpus file relative to the corpus root
 */
public record LawVersion(String lawCode, String title, String shortTitle, String docNumber,
                         String enactingBody, EffectLevel level, String regionCode, String category,
                         LocalDate versionDate, LocalDate promulgated, LocalDate effective,
                         Validity validity, List<HistoryEntry> history, String sourceFile,
                         List<Provision> provisions, List<Citation> citations) {

    /** Version id: {@code code@YYYY-MM-DD}, or {@code code@undated}. */
    public String versionId() {
        return lawCode + "@" + (versionDate == null ? "undated" : versionDate.toString());
    }
}
