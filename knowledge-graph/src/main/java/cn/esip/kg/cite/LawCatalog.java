package cn.esip.kg.cite;

import cn.esip.kg.domain.LawVersion;
import cn.esip.kg.domain.Validity;
import cn.esip.nlp.cite.LawNames;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The laws known to citation resolution: titles and aliases to law codes, and each law's versions. */
public final class LawCatalog {

    private final Map<String, String> byTitle = new HashMap<>();
    private final Map<String, String> byAlias = new HashMap<>();
    private final Map<String, List<ProvisionIndex>> versions = new HashMap<>();
    private final Map<String, ProvisionIndex> inForce = new HashMap<>();
    private final Map<String, ProvisionIndex> byVersionId = new HashMap<>();

    /** A catalog of {@code all} (any order; versions of a law share its code). */
    public LawCatalog(List<LawVersion> all) {
        List<LawVersion> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparing(LawVersion::lawCode).thenComparing(LawVersion::versionDate,
                Comparator.nullsFirst(Comparator.naturalOrder())));
        for (LawVersion v : sorted) {
            byTitle.putIfAbsent(LawNames.normalize(v.title()), v.lawCode());
            for (String a : LawNames.aliases(v.title(), v.shortTitle())) {
                byAlias.putIfAbsent(a, v.lawCode());
            }
            ProvisionIndex idx = new ProvisionIndex(v);
            versions.computeIfAbsent(v.lawCode(), k -> new ArrayList<>()).add(idx);
            byVersionId.put(v.versionId(), idx);
            if (v.validity() == Validity.IN_FORCE || !inForce.containsKey(v.lawCode())) {
                inForce.put(v.lawCode(), idx);
            }
        }
    }

    /** The law code a cited title designates (full title, short title, with or without 中华人民共和国), or null. */
    public String lawCodeOf(String citedTitle) {
        String t = LawNames.normalize(citedTitle);
        String c = byTitle.get(t);
        if (c == null) {
            c = byAlias.get(t);
        }
        if (c == null && t.startsWith(LawNames.PRC)) {
            c = byAlias.get(LawNames.withoutPrc(t));
        }
        if (c == null && !t.startsWith(LawNames.PRC)) {
            c = byTitle.get(LawNames.withPrc(t));
        }
        if (c == null) {
            String bare = t.replaceAll("（(试行|暂行)）$", "");
            if (!bare.equals(t)) {
                c = lawCodeOf(bare);
            }
        }
        return c;
    }

    /** True when {@code title} is a title or alias of a known law. */
    public boolean knows(String title) {
        return lawCodeOf(title) != null;
    }

    /** The index of version {@code versionId}, or null. */
    public ProvisionIndex version(String versionId) {
        return byVersionId.get(versionId);
    }

    /** The version in force of law {@code lawCode} (the newest when none is in force), or null. */
    public ProvisionIndex inForce(String lawCode) {
        return inForce.get(lawCode);
    }

    /** All versions of {@code lawCode}, the in-force one first, then newest to oldest. */
    public List<ProvisionIndex> versions(String lawCode) {
        List<ProvisionIndex> vs = versions.get(lawCode);
        if (vs == null) {
            return List.of();
        }
        List<ProvisionIndex> out = new ArrayList<>(vs.size());
        ProvisionIndex current = inForce(lawCode);
        if (current != null) {
            out.add(current);
        }
        for (int i = vs.size() - 1; i >= 0; i--) {
            if (vs.get(i) != current) {
                out.add(vs.get(i));
            }
        }
        return out;
    }

    /** The version of {@code lawCode} in force on {@code date}: the newest not after it, else the oldest. */
    public ProvisionIndex asOf(String lawCode, LocalDate date) {
        List<ProvisionIndex> vs = versions.get(lawCode);
        if (vs == null || vs.isEmpty()) {
            return null;
        }
        if (date == null) {
            return inForce(lawCode);
        }
        ProvisionIndex best = null;
        for (ProvisionIndex v : vs) {
            if (v.date() != null && !v.date().isAfter(date)) {
                best = v;
            }
        }
        return best != null ? best : vs.get(0);
    }
}
