package cn.esip.kg.index;

import cn.esip.kg.code.Codes;
import cn.esip.nlp.cite.CitationMention;
import cn.esip.nlp.cite.ProvisionResolver;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** Resolves citations in text from outside the corpus (case documents, queries) through the law index: the law by its names, the article by exact lookup in the version in force. */
public final class IndexProvisionResolver implements ProvisionResolver {

    /** Longest article range expanded into single codes. */
    private static final int MAX_RANGE = 50;

    private final Supplier<LawSearcher> searcher;

    /** A resolver over the searcher the supplier returns (asked at each call, so a rebuilt index is seen). */
    public IndexProvisionResolver(Supplier<LawSearcher> searcher) {
        this.searcher = searcher;
    }

    @Override
    public Resolution resolve(CitationMention m, String citingCode) {
        if (m.lawTitle() == null) {
            return new Resolution(Outcome.TARGET_LAW_MISSING, null, List.of());
        }
        LawSearcher s = searcher.get();
        Optional<String> lawCode = s.lawCodeOf(m.lawTitle());
        if (m.article() <= 0) {
            return lawCode.map(law -> new Resolution(Outcome.RESOLVED, law, List.of(law)))
                    .orElseGet(() -> new Resolution(Outcome.TARGET_LAW_MISSING, null, List.of()));
        }
        int last = m.articleTo() > m.article() ? Math.min(m.articleTo(), m.article() + MAX_RANGE) : m.article();
        List<String> codes = new ArrayList<>();
        for (int a = m.article(); a <= last; a++) {
            boolean single = a == m.article() && last == m.article();
            ArticleReference ref = new ArticleReference(m.lawTitle(), a, single ? m.articleSuffix() : 0,
                    single ? m.paragraph() : 0, single ? m.item() : 0);
            Optional<String> code = s.lookup(ref);
            if (code.isEmpty()) {
                String law = lawCode.orElse(null);
                return new Resolution(law == null ? Outcome.TARGET_LAW_MISSING : Outcome.TARGET_PROVISION_MISSING, law, List.of());
            }
            codes.add(code.get());
        }
        return new Resolution(Outcome.RESOLVED, Codes.lawOf(codes.get(0)).toString(), codes);
    }
}
