package cn.esip.supervision.check;

import cn.esip.supervision.report.Evidence;

import java.util.List;
import java.util.Map;

/**
 * What a check found once: the values for the rule's message template, the evidence, and the codes of the
 * provisions the defect concerns (empty when it concerns none).
 */
public record Hit(Map<String, String> values, List<Evidence> evidence, List<String> provisions) {

    public Hit {
        values = Map.copyOf(values);
        evidence = List.copyOf(evidence);
        provisions = List.copyOf(provisions);
    }

    /** The same hit, concerning these provisions. */
    public Hit concerning(List<String> codes) {
        return new Hit(values, evidence, codes);
    }
}
