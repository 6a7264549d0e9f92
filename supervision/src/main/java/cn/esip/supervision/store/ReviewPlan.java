package cn.esip.supervision.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A review task plan (评查任务): the criteria of the pool, the seed of the random draw, the case files drawn (review
 * ids, in draw order) and the reviewers they go to. The same pool and seed always draw the same files.
 */
public record ReviewPlan(String id, Instant at, long seed, Map<String, Object> criteria, List<String> drawn,
                         List<String> reviewers, Map<String, String> assignments) {

    public ReviewPlan {
        criteria = Map.copyOf(criteria);
        drawn = List.copyOf(drawn);
        reviewers = List.copyOf(reviewers);
        assignments = Map.copyOf(assignments);
    }
}
