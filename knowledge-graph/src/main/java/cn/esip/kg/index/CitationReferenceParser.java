package cn.esip.kg.index;

import cn.esip.kg.search.SearchRequest;
import cn.esip.nlp.cite.CitationMention;
import cn.esip.nlp.cite.CitationParser;
import cn.esip.nlp.cite.LawNames;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a query naming an article (行政处罚法第五十一条, 《民法典》第958条) with the shared citation syntax of
 * {@link CitationParser}. The law name is first matched against the known names of the index (longest
 * known name the query starts with, brackets ignored), so long titles, titles with nested 《》 and
 * titles without a usual ending (民法典, 守则) are found; the rest is read as "本法第N条…".
 */
public final class CitationReferenceParser implements ReferenceParser {

    /** Longest law name tried as a prefix of the query. */
    private static final int MAX_NAME = 120;

    private final CitationParser parser;
    private final Set<String> knownTitles;

    /** A parser that knows the given law names (titles and short titles, normalised). */
    public CitationReferenceParser(Set<String> knownTitles) {
        this.knownTitles = Set.copyOf(knownTitles);
        this.parser = new CitationParser(t -> this.knownTitles.contains(LawNames.normalize(t)));
    }

    @Override
    public Optional<ArticleReference> parse(String query) {
        if (query == null || query.length() > SearchRequest.MAX_QUERY) {
            return Optional.empty();
        }
        Optional<ArticleReference> known = byKnownName(LawNames.normalize(query));
        if (known.isPresent()) {
            return known;
        }
        return parser.parseReference(query)
                .filter(m -> m.article() > 0 && m.lawTitle() != null && m.relative() == CitationMention.Relative.ABSOLUTE)
                .map(m -> new ArticleReference(m.lawTitle(), m.article(), m.articleSuffix(), m.paragraph(), m.item()));
    }

    private Optional<ArticleReference> byKnownName(String q) {
        for (int len = Math.min(q.length() - 2, MAX_NAME); len >= 2; len--) {
            String name = q.substring(0, len);
            if (!knownTitles.contains(name)) {
                continue;
            }
            String rest = "本法" + q.substring(len);
            List<CitationMention> found = parser.find(rest);
            if (found.size() == 1) {
                CitationMention m = found.get(0);
                if (m.start() == 0 && m.end() == rest.length() && m.article() > 0
                        && m.relative() == CitationMention.Relative.ABSOLUTE && m.articleTo() == 0) {
                    return Optional.of(new ArticleReference(name, m.article(), m.articleSuffix(), m.paragraph(), m.item()));
                }
            }
        }
        return Optional.empty();
    }
}
