package cn.esip.supervision.report;

import java.util.List;

/**
 * The automated review of one case file (the spec's report): case number, the agency and decision date read from
 * it (null when absent; used for drawing review tasks and statistics), score, grade, rule set and findings,
 * plus how each document was read and the problems met while reading (a corrupt document, a case.json that
 * does not parse).
 */
public record ReviewReport(String caseName, String caseNo, String agency, String decided, double score, String grade,
                           String ruleSet, List<Finding> findings, List<DocumentSummary> documents,
                           List<String> problems) {

    public ReviewReport {
        findings = List.copyOf(findings);
        documents = List.copyOf(documents);
        problems = List.copyOf(problems);
    }
}
