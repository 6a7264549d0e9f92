package cn.esip.kg.cite;

import cn.esip.kg.code.LawCode;
import cn.esip.kg.code.ProvisionCode;
import cn.esip.nlp.cite.CitationMention;
import cn.esip.nlp.cite.ProvisionResolver;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Resolves citation mentions to provision codes against a {@link LawCatalog}: same-law references
 * relative to the citing provision, other laws by title or alias, in the version in force on the
 * citing version's date.
 */
public final class CitationResolver implements ProvisionResolver {

    private static final int MAX_RANGE = 50;

    private final LawCatalog catalog;

    public CitationResolver(LawCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public Resolution resolve(CitationMention mention, String citingCode) {
        ProvisionIndex citing = null;
        if (citingCode != null) {
            citing = catalog.inForce(citingCode.substring(0, Math.min(19, citingCode.length())));
        }
        return resolve(mention, citingCode, citing);
    }

    /**
     * Resolves {@code mention} made in provision {@code citingCode} of version {@code citingVersion}
     * (null when the mention is not inside a law, e.g. a search query).
     */
    public Resolution resolve(CitationMention mention, String citingCode, ProvisionIndex citingVersion) {
        ProvisionCode from = citingCode != null && ProvisionCode.isProvisionCode(citingCode)
                ? ProvisionCode.parse(citingCode) : null;
        ProvisionIndex target;
        LawCode law;
        String lawCode;
        boolean sameLaw = mention.lawTitle() == null;
        if (!sameLaw) {
            lawCode = catalog.lawCodeOf(mention.lawTitle());
            if (lawCode == null) {
                return new Resolution(Outcome.TARGET_LAW_MISSING, null, List.of());
            }
            if (citingVersion != null && lawCode.equals(citingVersion.lawCode())) {
                sameLaw = true;
            }
        }
        if (sameLaw) {
            if (citingVersion == null || from == null) {
                return new Resolution(Outcome.TARGET_LAW_MISSING, null, List.of());
            }
            target = citingVersion;
            lawCode = citingVersion.lawCode();
        } else {
            lawCode = catalog.lawCodeOf(mention.lawTitle());
            LocalDate date = citingVersion == null ? null : citingVersion.date();
            target = catalog.asOf(lawCode, date);
        }
        law = LawCode.parse(lawCode);
        if (mention.relative() == CitationMention.Relative.WHOLE_LAW) {
            return new Resolution(Outcome.RESOLVED, lawCode, List.of(lawCode));
        }
        List<ProvisionCode> wanted = targets(mention, from, law, target);
        if (wanted.isEmpty()) {
            return new Resolution(Outcome.TARGET_PROVISION_MISSING, lawCode, List.of());
        }
        if (!allExist(target, wanted) && !sameLaw) {
            ProvisionIndex current = catalog.inForce(lawCode);
            if (current != null && current != target && allExist(current, wanted)) {
                target = current;
            }
        }
        if (!allExist(target, wanted)) {
            return new Resolution(Outcome.TARGET_PROVISION_MISSING, lawCode, List.of());
        }
        return new Resolution(Outcome.RESOLVED, lawCode, wanted.stream().map(ProvisionCode::format).toList());
    }

    private static boolean allExist(ProvisionIndex idx, List<ProvisionCode> codes) {
        if (idx == null) {
            return false;
        }
        for (ProvisionCode c : codes) {
            if (!idx.has(c)) {
                return false;
            }
        }
        return true;
    }

    private static List<ProvisionCode> targets(CitationMention m, ProvisionCode from, LawCode law, ProvisionIndex idx) {
        List<ProvisionCode> out = new ArrayList<>();
        try {
            switch (m.relative()) {
                case ABSOLUTE -> {
                    int last = m.articleTo() > m.article() ? Math.min(m.articleTo(), m.article() + MAX_RANGE) : m.article();
                    for (int a = m.article(); a <= last; a++) {
                        ProvisionCode ac = ProvisionCode.article(law, a, a == m.article() ? m.articleSuffix() : 0);
                        out.addAll(below(ac, m.paragraph(), m.paragraphTo(), m.item(), idx));
                    }
                }
                case THIS_ARTICLE -> {
                    if (from != null) {
                        out.addAll(below(from.articleCode(), m.paragraph(), m.paragraphTo(), m.item(), idx));
                    }
                }
                case THIS_PARAGRAPH -> {
                    if (from != null && from.paragraph() > 0) {
                        ProvisionCode p = from.articleCode().withParagraph(from.paragraph());
                        out.add(m.item() > 0 ? p.withItem(m.item()) : p);
                    }
                }
                case PREVIOUS_ARTICLE -> {
                    ProvisionCode prev = from == null || idx == null ? null : idx.articleBefore(from, law);
                    if (prev != null) {
                        out.add(prev);
                    }
                }
                case PREVIOUS_PARAGRAPHS -> {
                    if (from != null && from.paragraph() > m.count()) {
                        for (int p = from.paragraph() - m.count(); p < from.paragraph(); p++) {
                            ProvisionCode pc = from.articleCode().withParagraph(p);
                            out.add(m.item() > 0 && m.count() == 1 ? pc.withItem(m.item()) : pc);
                        }
                    }
                }
                case PREVIOUS_ITEM -> {
                    if (from != null && from.item() > 1) {
                        out.add(from.articleCode().withParagraph(from.paragraph()).withItem(from.item() - 1));
                    }
                }
                default -> {
                }
            }
        } catch (IllegalArgumentException e) {
            return List.of(); // numbers beyond the code's ranges cannot exist
        }
        return out;
    }

    private static List<ProvisionCode> below(ProvisionCode article, int paragraph, int paragraphTo, int item,
                                             ProvisionIndex idx) {
        if (paragraph == 0) {
            if (item == 0) {
                return List.of(article);
            }
            // 第N条第（K）项: the item belongs to whichever paragraph lists it (usually the first)
            for (int p = 1; idx != null && p <= 99; p++) {
                ProvisionCode c = article.withParagraph(p).withItem(item);
                if (idx.has(c)) {
                    return List.of(c);
                }
            }
            return List.of(article.withParagraph(1).withItem(item));
        }
        List<ProvisionCode> out = new ArrayList<>();
        int last = paragraphTo > paragraph ? paragraphTo : paragraph;
        for (int p = paragraph; p <= last; p++) {
            ProvisionCode pc = article.withParagraph(p);
            out.add(item > 0 ? pc.withItem(item) : pc);
        }
        return out;
    }
}
