package cn.esip.kg.parse;

import cn.esip.kg.domain.EffectLevel;

import java.time.LocalDate;

/**
 * Metadata of one law version read from its folder, title and history lines.
 *
 * @param category   the top folder (宪法, 行政法规, 部门规章, DLC …)
 * @param repealed   the text says the law is repealed (已废止)
 */
public record LawMetadata(String category, EffectLevel level, String regionCode, String enactingBody, String docNumber,
                          LocalDate versionDate, LocalDate promulgated, LocalDate effective, boolean repealed) {
}
