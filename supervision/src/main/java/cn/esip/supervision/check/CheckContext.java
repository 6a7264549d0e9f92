package cn.esip.supervision.check;

import cn.esip.supervision.law.LawBasis;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What a check runs with: its rule's parameters over the rule set's shared ones, and the law basis. */
public final class CheckContext {

    private final Map<String, Object> params;
    private final LawBasis law;

    public CheckContext(Map<String, Object> ruleSetParameters, Map<String, Object> ruleParameters, LawBasis law) {
        Map<String, Object> p = new HashMap<>(ruleSetParameters);
        p.putAll(ruleParameters);
        this.params = p;
        this.law = law;
    }

    /** The law graph. */
    public LawBasis law() {
        return law;
    }

    public int integer(String name, int otherwise) {
        Object v = params.get(name);
        return v instanceof Number n ? n.intValue() : v == null ? otherwise : Integer.parseInt(v.toString());
    }

    public BigDecimal amount(String name, long otherwise) {
        Object v = params.get(name);
        return v == null ? BigDecimal.valueOf(otherwise) : new BigDecimal(v.toString());
    }

    public String string(String name, String otherwise) {
        Object v = params.get(name);
        return v == null ? otherwise : v.toString();
    }

    public boolean flag(String name, boolean otherwise) {
        Object v = params.get(name);
        return v == null ? otherwise : Boolean.parseBoolean(v.toString());
    }

    /** A list parameter as strings. */
    @SuppressWarnings("unchecked")
    public List<String> strings(String name, List<String> otherwise) {
        Object v = params.get(name);
        if (v == null) {
            return otherwise;
        }
        if (v instanceof List<?> l) {
            return ((List<Object>) l).stream().map(String::valueOf).toList();
        }
        return List.of(v.toString());
    }

    /** A list-of-maps parameter. */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> maps(String name) {
        Object v = params.get(name);
        return v instanceof List<?> l ? (List<Map<String, Object>>) l : List.of();
    }
}
