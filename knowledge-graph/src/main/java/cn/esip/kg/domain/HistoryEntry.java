package cn.esip.kg.domain;

import java.time.LocalDate;

/** One history line (题注) of a law version: a date and what happened then. */
public record HistoryEntry(LocalDate date, String event) {
}
