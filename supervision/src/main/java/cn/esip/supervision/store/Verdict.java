package cn.esip.supervision.store;

/**
 * A reviewer's word on one automated finding (复核): confirm it, reject it, or amend the points it costs; or add a
 * finding the automation missed ({@code add}, with its kind and points).
 */
public record Verdict(String rule, String action, Double deducted, String kind, String note) {

    /** The accepted actions. */
    public static final java.util.Set<String> ACTIONS = java.util.Set.of("confirm", "reject", "amend", "add");
}
