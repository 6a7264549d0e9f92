package cn.esip.supervision.store;

import cn.esip.supervision.report.ReviewReport;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Port: where reviews, reviewer decisions and review plans are kept (the graph, in this project). */
public interface ReviewStore {

    /**
     * Keeps an automated review of a case (keyed by case number, else name); a re-run adds a new review and leaves
     * the reviewers' decisions on earlier ones as they are.
     */
    default StoredReview save(ReviewReport report) {
        return save(report, List.of());
    }

    /** Keeps an automated review with the texts of its documents as they were read. */
    StoredReview save(ReviewReport report, List<DocumentText> texts);

    /** The texts of a review's documents (empty for a review kept without them). */
    List<DocumentText> texts(String id);

    Optional<StoredReview> find(String id);

    /** Adds a reviewer's decision to a review. */
    StoredReview decide(String id, ReviewDecision decision);

    /** The latest review of each case whose agency contains {@code agency} and decision date lies in [from, to]. */
    List<StoredReview> pool(String agency, String from, String to);

    ReviewPlan savePlan(ReviewPlan plan);

    /** Finding counts of the latest review of each case, grouped by kind, rule, agency, month or provision. */
    List<Map<String, Object>> stats(String by);
}
