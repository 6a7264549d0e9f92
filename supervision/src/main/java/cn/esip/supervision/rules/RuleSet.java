package cn.esip.supervision.rules;

import java.util.List;
import java.util.Map;

/**
 * A versioned rule set ({@code name@version}): the full score, grades from the highest, the grade a veto item
 * forces, shared parameters (thresholds of a major decision, of a hearing …) and the rules. A regional set extends
 * a base set and adds, overrides or removes rules and parameters; {@link RuleSetLoader} resolves that.
 */
public record RuleSet(String name, String version, String title, double total, List<Grade> grades, String vetoGrade,
                      Map<String, Object> parameters, List<Rule> rules, String source) {

    public RuleSet {
        grades = List.copyOf(grades);
        parameters = Map.copyOf(parameters);
        rules = List.copyOf(rules);
    }

    /** {@code name@version}. */
    public String id() {
        return name + "@" + version;
    }

    /** The grade of a score (a veto item forces {@link #vetoGrade()}). */
    public String grade(double score, boolean vetoed) {
        if (vetoed) {
            return vetoGrade;
        }
        for (Grade g : grades) {
            if (score >= g.min()) {
                return g.name();
            }
        }
        return grades.isEmpty() ? "" : grades.get(grades.size() - 1).name();
    }
}
