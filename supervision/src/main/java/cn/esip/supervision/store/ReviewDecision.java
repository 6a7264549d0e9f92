package cn.esip.supervision.store;

import java.time.Instant;
import java.util.List;

/** A reviewer's decision on an automated review: the verdicts, and the final score and grade they give. */
public record ReviewDecision(String id, String reviewer, Instant at, List<Verdict> verdicts, String note, double score,
                             String grade) {

    public ReviewDecision {
        verdicts = List.copyOf(verdicts);
    }
}
