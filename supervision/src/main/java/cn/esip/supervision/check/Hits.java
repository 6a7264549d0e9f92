package cn.esip.supervision.check;

import cn.esip.supervision.report.Evidence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Builds hits: alternating name/value pairs for the message, then the evidence (nulls dropped). */
final class Hits {

    private Hits() {
    }

    static Hit of(List<Evidence> evidence, String... values) {
        Map<String, String> v = new LinkedHashMap<>();
        for (int i = 0; i + 1 < values.length; i += 2) {
            v.put(values[i], values[i + 1] == null ? "" : values[i + 1]);
        }
        List<Evidence> ev = new ArrayList<>();
        evidence.stream().filter(Objects::nonNull).distinct().forEach(ev::add);
        return new Hit(v, ev, List.of());
    }

    static List<Evidence> ev(Evidence... e) {
        List<Evidence> out = new ArrayList<>();
        for (Evidence x : e) {
            if (x != null) {
                out.add(x);
            }
        }
        return out;
    }
}
