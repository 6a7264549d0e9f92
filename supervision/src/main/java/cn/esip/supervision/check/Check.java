package cn.esip.supervision.check;

import cn.esip.supervision.facts.CaseFacts;

import java.util.List;
import java.util.Set;

/**
 * One check of the fixed vocabulary that rule files name ({@code check: deadline}): implemented once, configured by
 * the rule's parameters. It declares the parameters it accepts so that a rule file is validated before use.
 */
public interface Check {

    /** The name rule files use. */
    String name();

    /** The parameters it accepts. */
    Set<String> parameters();

    /** The defects it finds in a case (empty: none). */
    List<Hit> run(CaseFacts facts, CheckContext context);
}
