package cn.esip.kg.index;

import java.util.Optional;

/** Recognises a search query that names an article (the port the searcher uses for exact lookup). */
@FunctionalInterface
public interface ReferenceParser {

    /** The article the whole query names, or empty when the query is not such a reference. */
    Optional<ArticleReference> parse(String query);

    /** A parser that never recognises anything (exact lookup off). */
    static ReferenceParser none() {
        return q -> Optional.empty();
    }
}
