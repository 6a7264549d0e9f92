package cn.esip.kg.index;

import cn.esip.kg.domain.LawVersion;
import cn.esip.kg.domain.Validity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The days on which a law version is in force: from its effective date (else its version or promulgation
 * date) until the next version of the same law takes effect. A repealed last version with no known end
 * is treated as never in force, since the corpus does not say when it was repealed.
 */
public record ValidityWindow(long fromDay, long toDay) {

    /** Open end. */
    public static final long OPEN = Long.MAX_VALUE;

    /** Windows of every version, computed per law from the versions' order by date. */
    public static Map<LawVersion, ValidityWindow> of(List<LawVersion> versions) {
        Map<String, List<LawVersion>> byLaw = new HashMap<>();
        for (LawVersion v : versions) {
            byLaw.computeIfAbsent(v.lawCode(), k -> new ArrayList<>()).add(v);
        }
        Map<LawVersion, ValidityWindow> out = new IdentityHashMap<>();
        for (List<LawVersion> list : byLaw.values()) {
            list.sort(Comparator.comparing(ValidityWindow::start, Comparator.nullsFirst(Comparator.naturalOrder())));
            for (int i = 0; i < list.size(); i++) {
                LawVersion v = list.get(i);
                LocalDate start = start(v);
                long from = start == null ? Long.MIN_VALUE : start.toEpochDay();
                long to;
                if (i + 1 < list.size() && start(list.get(i + 1)) != null) {
                    to = start(list.get(i + 1)).toEpochDay();
                } else if (v.validity() == Validity.REPEALED) {
                    to = from;
                } else {
                    to = OPEN;
                }
                out.put(v, new ValidityWindow(from, Math.max(from, to)));
            }
        }
        return out;
    }

    private static LocalDate start(LawVersion v) {
        if (v.effective() != null) {
            return v.effective();
        }
        return v.versionDate() != null ? v.versionDate() : v.promulgated();
    }
}
