package cn.esip.nlp.entity;

import cn.esip.nlp.cite.CitationMention;
import cn.esip.nlp.cite.CitationParser;
import cn.esip.nlp.cite.ProvisionResolver;
import cn.esip.nlp.pipeline.Annotator;
import cn.esip.nlp.pipeline.Document;
import cn.esip.nlp.pipeline.Entity;
import cn.esip.nlp.pipeline.EntityLabels;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Law citations (《中华人民共和国食品安全法》第三十四条第（十）项, 食品安全法第一百二十四条第一款) found by the
 * {@link CitationParser}, resolved to provision codes through a {@link ProvisionResolver} when one is given
 * (the value is then the first target code; attribute {@code resolution} says what happened). A citation
 * without a title (…和第一百二十四条) is read against the last title named before it.
 */
public final class LawCitationAnnotator implements Annotator {

    private final CitationParser parser;
    private final ProvisionResolver resolver;

    /** @param resolver resolves citations to provision codes; null when no law graph is wired */
    public LawCitationAnnotator(CitationParser parser, ProvisionResolver resolver) {
        this.parser = parser == null ? new CitationParser() : parser;
        this.resolver = resolver;
    }

    @Override
    public String name() {
        return "law-citations";
    }

    @Override
    public void annotate(Document doc) {
        String lastTitle = null;
        for (CitationMention m : parser.find(doc.text())) {
            if (m.relative() != CitationMention.Relative.ABSOLUTE && m.relative() != CitationMention.Relative.WHOLE_LAW) {
                continue;
            }
            CitationMention full = m;
            if (m.namesLaw()) {
                lastTitle = m.lawTitle();
            } else if (lastTitle != null) {
                full = new CitationMention(m.start(), m.end(), m.text(), lastTitle, m.article(), m.articleSuffix(),
                        m.articleTo(), m.paragraph(), m.paragraphTo(), m.item(), m.itemTo(), m.relative(), m.count());
            } else {
                continue;
            }
            Map<String, String> attrs = new LinkedHashMap<>();
            attrs.put("lawTitle", full.lawTitle());
            if (!m.namesLaw()) {
                attrs.put("titleFromContext", "true");
            }
            if (full.article() > 0) {
                attrs.put("article", Integer.toString(full.article()));
            }
            if (full.paragraph() > 0) {
                attrs.put("paragraph", Integer.toString(full.paragraph()));
            }
            if (full.item() > 0) {
                attrs.put("item", Integer.toString(full.item()));
            }
            String value = null;
            double conf = 0.9;
            if (resolver != null) {
                ProvisionResolver.Resolution r = resolver.resolve(full, null);
                attrs.put("resolution", r.outcome().name());
                if (r.lawCode() != null) {
                    attrs.put("lawCode", r.lawCode());
                }
                if (r.resolved() && !r.targetCodes().isEmpty()) {
                    value = r.targetCodes().get(0);
                    attrs.put("codes", String.join(",", r.targetCodes()));
                    conf = 1.0;
                } else if (r.resolved() && r.lawCode() != null) {
                    value = r.lawCode();
                    conf = 1.0;
                }
            } else {
                attrs.put("resolution", "NO_RESOLVER");
            }
            doc.addEntity(new Entity(EntityLabels.LAW_CITATION, m.start(), m.end(), m.text(), conf, value, name(), attrs));
        }
    }

    @Override
    public java.util.Set<cn.esip.nlp.pipeline.Annotation> requires() {
        return java.util.EnumSet.of(cn.esip.nlp.pipeline.Annotation.NORMALIZED_TEXT);
    }

    @Override
    public java.util.Set<cn.esip.nlp.pipeline.Annotation> produces() {
        return java.util.EnumSet.of(cn.esip.nlp.pipeline.Annotation.LAW_CITATIONS);
    }
}
