package cn.esip.supervision.law;

import cn.esip.kg.code.LawCode;
import cn.esip.kg.code.ProvisionCode;
import cn.esip.kg.service.LawKnowledgeBase;
import cn.esip.kg.view.LawSummary;
import cn.esip.kg.view.LawView;
import cn.esip.kg.view.ProvisionView;
import cn.esip.kg.view.VersionSummary;
import cn.esip.nlp.cite.LawNames;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The law basis over the project's knowledge graph (Neo4j) and its catalogue of titles. */
public final class GraphLawBasis implements LawBasis {

    private final LawKnowledgeBase kb;
    private final Map<String, Optional<Law>> laws = new ConcurrentHashMap<>();
    private final Map<String, Optional<ProvisionView>> provisions = new ConcurrentHashMap<>();

    public GraphLawBasis(LawKnowledgeBase kb) {
        this.kb = kb;
    }

    @Override
    public Optional<Law> law(String title) {
        String t = title.strip().replace('(', '（').replace(')', '）');
        return laws.computeIfAbsent(t, this::find);
    }

    private Optional<Law> find(String title) {
        String bare = LawNames.withoutPrc(title);
        LawSummary hit = null;
        for (LawSummary s : kb.findLaws(bare, 20)) {
            String st = LawNames.withoutPrc(s.title());
            if (st.equals(bare)) {
                hit = s;
                break;
            }
        }
        if (hit == null) {
            return Optional.empty();
        }
        LawView v = kb.law(hit.code());
        List<Version> versions = new ArrayList<>();
        for (VersionSummary s : v.versions()) {
            LocalDate date = s.date();
            LocalDate eff = s.effective() != null ? s.effective() : s.promulgated() != null ? s.promulgated() : date;
            if (eff == null) {
                eff = LocalDate.of(1900, 1, 1);
            }
            versions.add(new Version(s.id(), date, s.promulgated(), eff, s.validity()));
        }
        versions.sort(Comparator.comparing(Version::effective));
        return versions.isEmpty() ? Optional.empty() : Optional.of(new Law(hit.code(), hit.title(), versions));
    }

    @Override
    public String code(Law law, int article, int suffix, int paragraph, int item) {
        ProvisionCode pc = ProvisionCode.article(LawCode.parse(law.code()), article, suffix);
        if (item > 0 && paragraph == 0) {
            paragraph = 1;
        }
        if (paragraph > 0) {
            pc = pc.withParagraph(paragraph);
        }
        if (item > 0) {
            pc = pc.withItem(item);
        }
        return pc.format();
    }

    @Override
    public Optional<String> text(Law law, String versionId, int article, int suffix, int paragraph, int item) {
        String code = code(law, article, suffix, paragraph, item);
        Optional<ProvisionView> p = provisions.computeIfAbsent(code, c -> {
            try {
                return Optional.ofNullable(kb.provision(c));
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        });
        if (p.isEmpty()) {
            return Optional.empty();
        }
        for (ProvisionView.ProvisionVersion v : p.get().versions()) {
            if (v.versionId().equals(versionId)) {
                return Optional.ofNullable(v.text());
            }
        }
        return Optional.empty();
    }
}
