package cn.esip.kg.cite;

import cn.esip.kg.domain.Citation;
import cn.esip.kg.domain.LawVersion;
import cn.esip.kg.domain.Provision;
import cn.esip.kg.domain.ProvisionLevel;
import cn.esip.nlp.cite.CitationMention;
import cn.esip.nlp.cite.CitationParser;
import cn.esip.nlp.cite.LawNames;
import cn.esip.nlp.cite.ProvisionResolver.Outcome;
import cn.esip.nlp.cite.ProvisionResolver.Resolution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the citations in the 款/项/目 of a law version and resolves them: one {@link Citation} per
 * resolved target (ranges and 前两款 give several), one per unresolved mention.
 */
public final class CitationLinker {

    private static final Pattern SHORT_NAME = Pattern.compile("《([^《》]{2,80})》[（(]以下(?:简称|称)[：:]?[《“\"]([^》”\"]{1,30})[》”\"]");

    /** The citations of one version and how its mentions fared. */
    public record Linked(List<Citation> citations, Counts counts) {
    }

    /** How the citation mentions of one version (or, summed, of a corpus) were resolved. */
    public record Counts(int mentions, int resolved, int targetLawMissing, int provisionMissing,
                         int wholeLaw, int wholeLawResolved, int wholeLawMissing) {

        /** No mentions. */
        public static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0, 0);

        /** The sum of these counts and {@code o}. */
        public Counts plus(Counts o) {
            return new Counts(mentions + o.mentions, resolved + o.resolved, targetLawMissing + o.targetLawMissing,
                    provisionMissing + o.provisionMissing, wholeLaw + o.wholeLaw,
                    wholeLawResolved + o.wholeLawResolved, wholeLawMissing + o.wholeLawMissing);
        }
    }

    private final LawCatalog catalog;
    private final CitationParser parser;
    private final CitationResolver resolver;

    public CitationLinker(LawCatalog catalog) {
        this.catalog = catalog;
        this.parser = new CitationParser(catalog::knows);
        this.resolver = new CitationResolver(catalog);
    }

    /** The parser used, which knows the catalog's titles. */
    public CitationParser parser() {
        return parser;
    }

    /** The resolver used. */
    public CitationResolver resolver() {
        return resolver;
    }

    /** Short names a text defines for laws: 《中华人民共和国食品安全法实施条例》（以下简称《条例》） → 条例 ↦ full title. */
    static Map<String, String> shortNames(LawVersion v) {
        Map<String, String> out = new HashMap<>();
        for (Provision p : v.provisions()) {
            if (p.level() != ProvisionLevel.PARAGRAPH || p.text().indexOf("以下简称") < 0) {
                continue;
            }
            Matcher m = SHORT_NAME.matcher(p.text());
            while (m.find()) {
                out.putIfAbsent(LawNames.normalize(m.group(2)), m.group(1));
            }
        }
        return out;
    }

    /** Links the citations made in {@code v}. */
    public Linked link(LawVersion v) {
        ProvisionIndex self = catalog.version(v.versionId());
        List<Citation> out = new ArrayList<>();
        int mentions = 0;
        int resolved = 0;
        int lawMissing = 0;
        int provisionMissing = 0;
        int wholeLaw = 0;
        int wholeLawResolved = 0;
        int wholeLawMissing = 0;
        Map<String, String> shortNames = shortNames(v);
        for (Provision p : v.provisions()) {
            if (p.level() != ProvisionLevel.PARAGRAPH && p.level() != ProvisionLevel.ITEM
                    && p.level() != ProvisionLevel.SUBITEM) {
                continue;
            }
            String text = p.text();
            if (text.indexOf('第') < 0 && text.indexOf('前') < 0 && text.indexOf('本') < 0 && text.indexOf('《') < 0) {
                continue;
            }
            for (CitationMention m : parser.find(text)) {
                mentions++;
                CitationMention named = m;
                if (m.lawTitle() != null && shortNames.containsKey(LawNames.normalize(m.lawTitle()))) {
                    named = new CitationMention(m.start(), m.end(), m.text(), shortNames.get(LawNames.normalize(m.lawTitle())),
                            m.article(), m.articleSuffix(), m.articleTo(), m.paragraph(), m.paragraphTo(), m.item(),
                            m.itemTo(), m.relative(), m.count());
                }
                Resolution r = resolver.resolve(named, p.code(), self);
                String title = m.lawTitle();
                if (m.relative() == CitationMention.Relative.WHOLE_LAW) {
                    wholeLaw++;
                    wholeLawResolved += r.resolved() ? 1 : 0;
                    wholeLawMissing += r.outcome() == Outcome.TARGET_LAW_MISSING ? 1 : 0;
                }
                if (r.outcome() == Outcome.RESOLVED) {
                    resolved++;
                    for (String target : r.targetCodes()) {
                        out.add(new Citation(p.code(), m.text(), title, target, Citation.Status.RESOLVED));
                    }
                } else if (r.outcome() == Outcome.TARGET_LAW_MISSING) {
                    lawMissing++;
                    out.add(new Citation(p.code(), m.text(), title, null, Citation.Status.TARGET_LAW_MISSING));
                } else {
                    provisionMissing++;
                    out.add(new Citation(p.code(), m.text(), title, null, Citation.Status.TARGET_PROVISION_MISSING));
                }
            }
        }
        return new Linked(List.copyOf(out), new Counts(mentions, resolved, lawMissing, provisionMissing, wholeLaw,
                wholeLawResolved, wholeLawMissing));
    }
}
