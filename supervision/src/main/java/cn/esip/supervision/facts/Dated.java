package cn.esip.supervision.facts;

import cn.esip.supervision.report.Evidence;

import java.time.LocalDate;

/** A date the case file gives for a step, and where it was read. */
public record Dated(LocalDate date, Evidence evidence) {
}
