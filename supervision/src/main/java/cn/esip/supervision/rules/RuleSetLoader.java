package cn.esip.supervision.rules;

import cn.esip.supervision.check.Check;
import cn.esip.supervision.check.Checks;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads a rule file (YAML, or JSON, which the YAML reader also reads) and validates it, naming the line of every
 * problem: unknown keys, a kind outside the spec's list, a check outside the vocabulary, a parameter the check does
 * not take, points that are not a number, a base set that is not known. {@code extends} is resolved through
 * {@code bases} (name@version → rule set).
 */
public final class RuleSetLoader {

    private static final Set<String> TOP = Set.of("name", "version", "title", "extends", "total", "grades", "vetoGrade",
            "parameters", "rules", "remove");
    private static final Set<String> RULE = Set.of("id", "kind", "category", "points", "veto", "applies", "check",
            "params", "message");
    private static final Set<String> APPLIES = Set.of("procedures", "domains", "regions", "from", "to");

    private final Function<String, RuleSet> bases;

    /** @param bases finds a base rule set by {@code name@version} (null when unknown) */
    public RuleSetLoader(Function<String, RuleSet> bases) {
        this.bases = bases;
    }

    /** Parses and validates {@code text} read from {@code source}. */
    public RuleSet load(String text, String source) {
        Node root;
        try {
            LoaderOptions o = new LoaderOptions();
            o.setAllowDuplicateKeys(false);
            o.setMaxAliasesForCollections(10);
            o.setCodePointLimit(4 << 20);
            root = new Yaml(o).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 0;
            throw new RuleSetException(source + ":" + line + ": " + oneLine(e.getProblem()), line);
        } catch (YAMLException e) {
            throw new RuleSetException(source + ": " + oneLine(e.getMessage()), 0);
        }
        if (!(root instanceof MappingNode top)) {
            throw error(source, root, "a rule file is a mapping with name, version and rules");
        }
        Map<String, Node> m = map(source, top, TOP);
        String name = string(source, m, "name", top, true);
        String version = string(source, m, "version", top, true);
        if (!name.matches("[A-Za-z0-9_\\-\\p{IsHan}]+") || !version.matches("[A-Za-z0-9_.\\-]+")) {
            throw error(source, m.get("name"), "name and version may hold letters, digits, '-', '_' and (version) '.'");
        }
        RuleSet base = null;
        if (m.containsKey("extends")) {
            String id = string(source, m, "extends", top, true);
            base = bases.apply(id);
            if (base == null) {
                throw error(source, m.get("extends"), "unknown base rule set '" + id + "'");
            }
        }
        String title = m.containsKey("title") ? string(source, m, "title", top, true) : base != null ? base.title() : name;
        double total = m.containsKey("total") ? number(source, m.get("total"), "total") : base != null ? base.total() : 100;
        List<Grade> grades = base != null ? base.grades() : List.of();
        if (m.containsKey("grades")) {
            grades = new ArrayList<>();
            for (Node g : seq(source, m.get("grades"), "grades")) {
                Map<String, Node> gm = map(source, g, Set.of("name", "min"));
                grades.add(new Grade(string(source, gm, "name", g, true), number(source, require(source, gm, "min", g), "min")));
            }
        }
        if (grades.isEmpty()) {
            throw error(source, top, "grades are missing (name and min, from the highest)");
        }
        String veto = m.containsKey("vetoGrade") ? string(source, m, "vetoGrade", top, true)
                : base != null ? base.vetoGrade() : grades.get(grades.size() - 1).name();
        Map<String, Object> params = new LinkedHashMap<>(base != null ? base.parameters() : Map.of());
        if (m.containsKey("parameters")) {
            Object p = plain(m.get("parameters"));
            if (!(p instanceof Map<?, ?> pm)) {
                throw error(source, m.get("parameters"), "parameters must be a mapping");
            }
            pm.forEach((k, v) -> params.put(k.toString(), v));
        }
        Map<String, Rule> rules = new LinkedHashMap<>();
        if (base != null) {
            base.rules().forEach(r -> rules.put(r.id(), r));
        }
        if (m.containsKey("remove")) {
            for (Node n : seq(source, m.get("remove"), "remove")) {
                String id = scalar(source, n, "remove");
                if (rules.remove(id) == null) {
                    throw error(source, n, "cannot remove '" + id + "': the base set has no such rule");
                }
            }
        }
        if (!m.containsKey("rules") && base == null) {
            throw error(source, top, "rules are missing");
        }
        Set<String> seen = new HashSet<>();
        if (m.containsKey("rules")) {
            for (Node rn : seq(source, m.get("rules"), "rules")) {
                Rule r = rule(source, rn, rules);
                if (!seen.add(r.id())) {
                    throw error(source, rn, "rule id '" + r.id() + "' appears twice");
                }
                rules.put(r.id(), r);
            }
        }
        if (rules.isEmpty()) {
            throw error(source, top, "the rule set has no rules");
        }
        return new RuleSet(name, version, title, total, grades, veto, params, new ArrayList<>(rules.values()), source);
    }

    private Rule rule(String source, Node rn, Map<String, Rule> existing) {
        Map<String, Node> r = map(source, rn, RULE);
        String id = string(source, r, "id", rn, true);
        Rule old = existing.get(id);
        DefectKind kind = old != null ? old.kind() : null;
        if (r.containsKey("kind")) {
            String k = string(source, r, "kind", rn, true);
            kind = DefectKind.of(k);
            if (kind == null) {
                throw error(source, r.get("kind"), "unknown kind '" + k + "'; the spec's kinds are " + kinds());
            }
        }
        if (kind == null) {
            throw error(source, rn, "rule '" + id + "' has no kind");
        }
        String category = r.containsKey("category") ? string(source, r, "category", rn, true)
                : old != null ? old.category() : kind.category();
        if (!category.equals(kind.category())) {
            throw error(source, r.get("category"), "kind " + kind.code() + " belongs to category " + kind.category() + ", not " + category);
        }
        double points = r.containsKey("points") ? number(source, r.get("points"), "points") : old != null ? old.points() : -1;
        if (points < 0) {
            throw error(source, rn, "rule '" + id + "' needs points (a number ≥ 0)");
        }
        boolean veto = r.containsKey("veto") ? bool(source, r.get("veto")) : old != null && old.veto();
        String checkName = r.containsKey("check") ? string(source, r, "check", rn, true) : old != null ? old.check() : null;
        if (checkName == null) {
            throw error(source, rn, "rule '" + id + "' names no check");
        }
        Check check = Checks.find(checkName);
        if (check == null) {
            throw error(source, r.containsKey("check") ? r.get("check") : rn, "unknown check '" + checkName + "'; the vocabulary is " + Checks.names());
        }
        Map<String, Object> params = new LinkedHashMap<>(old != null && checkName.equals(old.check()) ? old.params() : Map.of());
        if (r.containsKey("params")) {
            Node pn = r.get("params");
            if (!(pn instanceof MappingNode pm)) {
                throw error(source, pn, "params must be a mapping");
            }
            for (NodeTuple t : pm.getValue()) {
                String key = scalar(source, t.getKeyNode(), "params");
                if (!check.parameters().contains(key)) {
                    throw error(source, t.getKeyNode(), "check '" + checkName + "' takes no parameter '" + key + "'; it takes " + check.parameters());
                }
                params.put(key, plain(t.getValueNode()));
            }
        }
        Scope scope = old != null ? old.scope() : Scope.ANY;
        if (r.containsKey("applies")) {
            Map<String, Node> a = map(source, r.get("applies"), APPLIES);
            scope = new Scope(strings(source, a.get("procedures")), strings(source, a.get("domains")),
                    strings(source, a.get("regions")), date(source, a.get("from")), date(source, a.get("to")));
        }
        String message = r.containsKey("message") ? string(source, r, "message", rn, true) : old != null ? old.message() : null;
        if (message == null) {
            throw error(source, rn, "rule '" + id + "' has no message");
        }
        return new Rule(id, kind, category, points, veto, scope, checkName, params, message);
    }

    private static String kinds() {
        StringBuilder sb = new StringBuilder();
        for (DefectKind k : DefectKind.values()) {
            sb.append(sb.length() == 0 ? "" : ", ").append(k.code());
        }
        return sb.toString();
    }

    private static Map<String, Node> map(String source, Node n, Set<String> allowed) {
        if (!(n instanceof MappingNode mn)) {
            throw error(source, n, "expected a mapping");
        }
        Map<String, Node> out = new LinkedHashMap<>();
        for (NodeTuple t : mn.getValue()) {
            String k = scalar(source, t.getKeyNode(), "key");
            if (!allowed.contains(k)) {
                throw error(source, t.getKeyNode(), "unknown key '" + k + "'; expected one of " + new java.util.TreeSet<>(allowed));
            }
            out.put(k, t.getValueNode());
        }
        return out;
    }

    private static List<Node> seq(String source, Node n, String what) {
        if (!(n instanceof SequenceNode s)) {
            throw error(source, n, what + " must be a list");
        }
        return s.getValue();
    }

    private static Node require(String source, Map<String, Node> m, String key, Node at) {
        Node n = m.get(key);
        if (n == null) {
            throw error(source, at, "'" + key + "' is missing");
        }
        return n;
    }

    private static String string(String source, Map<String, Node> m, String key, Node at, boolean required) {
        Node n = m.get(key);
        if (n == null) {
            if (required) {
                throw error(source, at, "'" + key + "' is missing");
            }
            return null;
        }
        String s = scalar(source, n, key);
        if (s.isBlank()) {
            throw error(source, n, "'" + key + "' is empty");
        }
        return s;
    }

    private static String scalar(String source, Node n, String what) {
        if (!(n instanceof ScalarNode s)) {
            throw error(source, n, what + " must be a single value");
        }
        return s.getValue();
    }

    private static double number(String source, Node n, String what) {
        String s = scalar(source, n, what);
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw error(source, n, what + " must be a number, not '" + s + "'");
        }
    }

    private static boolean bool(String source, Node n) {
        String s = scalar(source, n, "veto");
        if (!s.equals("true") && !s.equals("false")) {
            throw error(source, n, "veto must be true or false, not '" + s + "'");
        }
        return Boolean.parseBoolean(s);
    }

    private static List<String> strings(String source, Node n) {
        if (n == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (Node e : seq(source, n, "list")) {
            out.add(scalar(source, e, "list item"));
        }
        return out;
    }

    private static LocalDate date(String source, Node n) {
        if (n == null) {
            return null;
        }
        String s = scalar(source, n, "date");
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw error(source, n, "not a date (YYYY-MM-DD): '" + s + "'");
        }
    }

    /** A node as plain Java values (String, Long, Double, Boolean, List, Map). */
    static Object plain(Node n) {
        if (n instanceof ScalarNode s) {
            String v = s.getValue();
            if (s.getTag().getValue().endsWith(":str") && s.getScalarStyle() != org.yaml.snakeyaml.DumperOptions.ScalarStyle.PLAIN) {
                return v;
            }
            if (v.matches("-?\\d+")) {
                return Long.parseLong(v);
            }
            if (v.matches("-?\\d+\\.\\d+")) {
                return Double.parseDouble(v);
            }
            if (v.equals("true") || v.equals("false")) {
                return Boolean.parseBoolean(v);
            }
            if (v.equals("null") || v.equals("~")) {
                return null;
            }
            return v;
        }
        if (n instanceof SequenceNode s) {
            List<Object> out = new ArrayList<>();
            s.getValue().forEach(e -> out.add(plain(e)));
            return out;
        }
        if (n instanceof MappingNode m) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (NodeTuple t : m.getValue()) {
                out.put(((ScalarNode) t.getKeyNode()).getValue(), plain(t.getValueNode()));
            }
            return out;
        }
        return null;
    }

    private static RuleSetException error(String source, Node n, String message) {
        int line = n == null ? 0 : n.getStartMark().getLine() + 1;
        return new RuleSetException(source + ":" + line + ": " + message, line);
    }

    private static String oneLine(String s) {
        return s == null ? "malformed" : s.replace('\n', ' ').trim();
    }
}
