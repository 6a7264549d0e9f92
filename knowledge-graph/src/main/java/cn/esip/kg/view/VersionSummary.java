package cn.esip.kg.view;

import java.time.LocalDate;

/** One version of a law: id ({@code code@date}), dates, validity and source file. */
public record VersionSummary(String id, String title, LocalDate date, LocalDate promulgated, LocalDate effective,
                             String validity, String docNumber, String sourceFile) {
}
