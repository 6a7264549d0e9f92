package cn.esip.supervision.facts;

import cn.esip.supervision.report.Evidence;

/** A value read from a document (or case.json) with its evidence. */
public record Quoted(String value, Evidence evidence) {
}
