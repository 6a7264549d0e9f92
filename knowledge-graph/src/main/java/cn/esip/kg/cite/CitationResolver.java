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
            // the cited version may be missing from the corpus: any version that has the provisions will do
            for (ProvisionIndex other : catalog.versions(lawCode)) {
                if (allExist(other, wanted)) {
                    target = other;
                    break;
                }
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
                        out.addAll(below(ac, m.paragraph(), m.paragraphTo(), m.item(), m.itemTo(), idx, 0));
                    }
                }
                case THIS_ARTICLE -> {
                    if (from != null) {
                        out.addAll(below(from.articleCode(), m.paragraph(), m.paragraphTo(), m.item(), m.itemTo(), idx,
                                from.paragraph()));
                    }
                }
                case THIS_PARAGRAPH -> {
                    if (from != null && from.paragraph() > 0) {
                        ProvisionCode p = from.articleCode().withParagraph(from.paragraph());
                        if (m.item() == 0) {
                            out.add(p);
                        }
                        for (int k = m.item(); k > 0 && k <= Math.max(m.item(), m.itemTo()); k++) {
                            out.add(p.withItem(k));
                        }
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
                            if (m.item() > 0 && m.count() == 1) {
                                for (int k = m.item(); k <= Math.max(m.item(), m.itemTo()); k++) {
                                    out.add(pc.withItem(k));
                                }
                            } else {
                                out.add(pc);
                            }
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

    /**
     * The codes under {@code article}: the article itself, paragraphs {@code paragraph..paragraphTo}, and
     * items {@code item..itemTo}; an item named without its paragraph is looked up in the paragraphs of the
     * article, those before {@code near} first (an item refers back to a list above it).
     */
    private static List<ProvisionCode> below(ProvisionCode article, int paragraph, int paragraphTo, int item, int itemTo,
                                             ProvisionIndex idx, int near) {
        int lastItem = Math.max(item, itemTo);
        if (lastItem - item > MAX_RANGE) {
            lastItem = item + MAX_RANGE;
        }
        List<ProvisionCode> out = new ArrayList<>();
        if (paragraph == 0) {
            if (item == 0) {
                return List.of(article);
            }
            List<Integer> order = new ArrayList<>();
            for (int p = near - 1; p >= 1; p--) {
                order.add(p);
            }
            for (int p = Math.max(near, 1); p <= 99; p++) {
                order.add(p);
            }
            int found = 1;
            for (int p : order) {
                if (idx != null && idx.has(article.withParagraph(p).withItem(item))) {
                    found = p;
                    break;
                }
            }
            for (int k = item; k <= lastItem; k++) {
                out.add(article.withParagraph(found).withItem(k));
            }
            return out;
        }
        int last = paragraphTo > paragraph ? Math.min(paragraphTo, paragraph + MAX_RANGE) : paragraph;
        for (int p = paragraph; p <= last; p++) {
            ProvisionCode pc = article.withParagraph(p);
            if (item == 0) {
                out.add(pc);
            }
            for (int k = item; k > 0 && k <= lastItem; k++) {
                out.add(pc.withItem(k));
            }
        }
        return out;
    }
}
