package cn.esip.supervision.rules;

import java.util.Map;

/**
 * One scoring rule of a rule set: its id, defect kind and category, the points it costs, whether it is a veto item
 * (一票否决), where it applies, the check it runs (from the fixed vocabulary of {@link cn.esip.supervision.check.Checks})
 * with its parameters, and the message template ({@code {name}} filled from what the check found).
 */
public record Rule(String id, DefectKind kind, String category, double points, boolean veto, Scope scope,
                   String check, Map<String, Object> params, String message) {

    public Rule {
        params = Map.copyOf(params);
    }
}
