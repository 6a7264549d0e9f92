package cn.esip.kg.parse;

import cn.esip.kg.cite.LawCatalog;
import cn.esip.kg.domain.LawRelation;
import cn.esip.kg.domain.LawVersion;
import cn.esip.nlp.cite.LawNames;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Relations between laws: SUPERSEDES from each version to the one before it, and IMPLEMENTS from an
 * implementing rule (…实施条例/实施细则/实施办法, 某省实施《某法》办法) to the law it implements.
 */
public final class RelationFinder {

    private static final Pattern IMPLEMENTING = Pattern.compile("^(.+?)(实施条例|实施细则|实施办法)(（[^）]*）)?$");
    private static final Pattern LOCAL_IMPLEMENTING = Pattern.compile("实施[《〈]?(.+?(法|条例))[》〉]?的?(办法|细则|条例|若干规定|规定)(（[^）]*）)?$");
    /** 河南省《中华人民共和国集会游行示威法》实施办法, 北京市实施《…》的若干规定. */
    private static final Pattern QUOTED = Pattern.compile("[《〈]([^《》〈〉]+)[》〉]");

    /** All relations among {@code versions}. */
    public List<LawRelation> find(List<LawVersion> versions, LawCatalog catalog) {
        List<LawRelation> out = new ArrayList<>();
        Map<String, List<LawVersion>> byLaw = new LinkedHashMap<>();
        for (LawVersion v : versions) {
            byLaw.computeIfAbsent(v.lawCode(), k -> new ArrayList<>()).add(v);
        }
        Set<String> implemented = new LinkedHashSet<>();
        for (Map.Entry<String, List<LawVersion>> e : byLaw.entrySet()) {
            List<LawVersion> vs = new ArrayList<>(e.getValue());
            vs.sort(Comparator.comparing(LawVersion::versionDate, Comparator.nullsFirst(Comparator.naturalOrder())));
            for (int i = 1; i < vs.size(); i++) {
                out.add(new LawRelation(vs.get(i).versionId(), vs.get(i - 1).versionId(), LawRelation.Kind.SUPERSEDES));
            }
            String title = vs.get(vs.size() - 1).title();
            String target = implementedLaw(title, catalog);
            if (target != null && !target.equals(e.getKey()) && implemented.add(e.getKey() + ">" + target)) {
                out.add(new LawRelation(e.getKey(), target, LawRelation.Kind.IMPLEMENTS));
            }
        }
        return out;
    }

    /** The code of the law that a rule titled {@code title} implements, or null. */
    static String implementedLaw(String rawTitle, LawCatalog catalog) {
        String title = rawTitle.replace('<', '〈').replace('>', '〉');
        if (title.contains("实施") && !title.contains("关于") && (title.endsWith("办法") || title.endsWith("细则")
                || title.endsWith("条例") || title.endsWith("规定"))) {
            Matcher q = QUOTED.matcher(title);
            if (q.find()) {
                String c = catalog.lawCodeOf(q.group(1));
                if (c != null) {
                    return c;
                }
            }
        }
        title = LawNames.normalize(title);
        Matcher m = IMPLEMENTING.matcher(title);
        if (m.matches()) {
            String base = m.group(1).replaceAll("[《》〈〉]", "");
            String c = catalog.lawCodeOf(base);
            if (c != null) {
                return c;
            }
        }
        Matcher l = LOCAL_IMPLEMENTING.matcher(title);
        if (l.find()) {
            return catalog.lawCodeOf(l.group(1));
        }
        return null;
    }
}
