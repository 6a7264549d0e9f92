package cn.esip.kg.index;

import cn.esip.nlp.cite.CitationMention;
import cn.esip.nlp.cite.CitationParser;

import java.util.Optional;
import java.util.Set;

/** Reads a query naming an article (行政处罚法第五十一条) with the shared citation syntax of {@link CitationParser}. */
public final class CitationReferenceParser implements ReferenceParser {

    private final CitationParser parser;

    /** A parser that knows the given law names (titles and short titles, normalised), for unbracketed titles. */
    public CitationReferenceParser(Set<String> knownTitles) {
        this.parser = new CitationParser(t -> knownTitles.contains(LawAliases.normalise(t)));
    }

    @Override
    public Optional<ArticleReference> parse(String query) {
        if (query == null || query.length() > SearchRequest.MAX_QUERY) {
            return Optional.empty();
        }
        return parser.parseReference(query)
                .filter(m -> m.article() > 0 && m.lawTitle() != null && m.relative() == CitationMention.Relative.ABSOLUTE)
                .map(m -> new ArticleReference(m.lawTitle(), m.article(), m.articleSuffix(), m.paragraph(), m.item()));
    }
}
