package cn.esip.kg.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A token stream over words analysed once: the law title and chapter path repeat on every article of a
 * version, so they are segmented once per version instead of once per article.
 */
final class TermListTokenStream extends TokenStream {

    private final List<String> terms;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private int next;

    TermListTokenStream(List<String> terms) {
        this.terms = terms;
    }

    /** The words {@code analyzer} makes of {@code text} in {@code field}. */
    static List<String> analyze(Analyzer analyzer, String field, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(t.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(out);
    }

    @Override
    public boolean incrementToken() {
        if (next >= terms.size()) {
            return false;
        }
        clearAttributes();
        term.setEmpty().append(terms.get(next++));
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        next = 0;
    }
}
