package cn.esip.supervision.store;

import cn.esip.supervision.report.Finding;
import cn.esip.supervision.rules.RuleSet;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Turns a reviewer's verdicts into a decision: the final score is the full score less the points of the findings
 * the reviewer confirmed (or amended, at the amended points) and of those added; unmentioned findings stand.
 */
public final class Decisions {

    private Decisions() {
    }

    public static ReviewDecision decide(StoredReview review, RuleSet rules, String reviewer, List<Verdict> verdicts, String note) {
        if (reviewer == null || reviewer.isBlank()) {
            throw new IllegalArgumentException("reviewer is required");
        }
        Map<String, Finding> byRule = new HashMap<>();
        review.report().findings().forEach(f -> byRule.put(f.rule(), f));
        Map<String, Double> points = new HashMap<>();
        byRule.forEach((k, f) -> points.put(k, f.deducted()));
        boolean veto = review.report().findings().stream().anyMatch(Finding::veto);
        for (Verdict v : verdicts) {
            if (v.action() == null || !Verdict.ACTIONS.contains(v.action())) {
                throw new IllegalArgumentException("action must be one of " + Verdict.ACTIONS);
            }
            if (!v.action().equals("add") && !byRule.containsKey(v.rule())) {
                throw new IllegalArgumentException("the review has no finding of rule '" + v.rule() + "'");
            }
            switch (v.action()) {
                case "reject" -> {
                    points.remove(v.rule());
                    if (byRule.get(v.rule()).veto()) {
                        veto = review.report().findings().stream().anyMatch(f -> f.veto() && !f.rule().equals(v.rule()) && points.containsKey(f.rule()));
                    }
                }
                case "amend", "add" -> {
                    if (v.deducted() == null || v.deducted() < 0) {
                        throw new IllegalArgumentException(v.action() + " needs deducted ≥ 0");
                    }
                    points.put(v.action().equals("add") ? "+" + (v.rule() == null ? v.kind() : v.rule()) : v.rule(), v.deducted());
                }
                default -> {
                }
            }
        }
        double score = Math.max(0, rules.total() - points.values().stream().mapToDouble(Double::doubleValue).sum());
        return new ReviewDecision(UUID.randomUUID().toString(), reviewer, Instant.now(), verdicts, note, score, rules.grade(score, veto));
    }
}
