package cn.esip.supervision.report;

import java.util.List;

/**
 * One defect found in a case file: the rule that fired, its fixed defect kind and category, the points it cost,
 * whether it is a veto item (一票否决), the message, the evidence, and the codes of the provisions it concerns.
 */
public record Finding(String rule, String kind, String category, double deducted, boolean veto, String message,
                      List<Evidence> evidence, List<String> provisions) {

    public Finding {
        evidence = List.copyOf(evidence);
        provisions = List.copyOf(provisions);
    }
}
