package cn.esip.supervision.store;

import cn.esip.supervision.report.ReviewReport;

import java.time.Instant;
import java.util.List;

/**
 * An automated review as kept: its id, the case it belongs to (case number, else name), the agency and decision
 * date used for drawing and statistics, the report, and the reviewers' decisions on it (newest last).
 */
public record StoredReview(String id, String caseKey, String agency, String decided, Instant at, ReviewReport report,
                           List<ReviewDecision> decisions) {

    public StoredReview {
        decisions = List.copyOf(decisions);
    }

    /** The final score: the latest reviewer decision's, else the automated one (a pre-review only). */
    public double finalScore() {
        return decisions.isEmpty() ? report.score() : decisions.get(decisions.size() - 1).score();
    }
}
