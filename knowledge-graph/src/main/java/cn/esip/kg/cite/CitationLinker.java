package cn.esip.kg.cite;

import cn.esip.kg.domain.Citation;
import cn.esip.kg.domain.LawVersion;
import cn.esip.kg.domain.Provision;
import cn.esip.kg.domain.ProvisionLevel;
import cn.esip.nlp.cite.CitationMention;
import cn.esip.nlp.cite.CitationParser;
import cn.esip.nlp.cite.ProvisionResolver.Outcome;
import cn.esip.nlp.cite.ProvisionResolver.Resolution;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the citations in the 款/项/目 of a law version and resolves them: one {@link Citation} per
 * resolved target (ranges and 前两款 give several), one per unresolved mention.
 */
public final class CitationLinker {

    /** The citations of one version and how its mentions fared. */
    public record Linked(List<Citation> citations, int mentions, int resolved, int targetLawMissing,
                         int provisionMissing) {
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

    /** Links the citations made in {@code v}. */
    public Linked link(LawVersion v) {
        ProvisionIndex self = catalog.version(v.versionId());
        List<Citation> out = new ArrayList<>();
        int mentions = 0;
        int resolved = 0;
        int lawMissing = 0;
        int provisionMissing = 0;
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
                Resolution r = resolver.resolve(m, p.code(), self);
                String title = m.lawTitle();
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
        return new Linked(List.copyOf(out), mentions, resolved, lawMissing, provisionMissing);
    }
}
