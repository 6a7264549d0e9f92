package cn.esip.nlp.analysis;

import cn.esip.nlp.segment.Segmenter;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;

/** Lucene analyzer for Chinese legal text: segmenter words, width-folded and lower-cased. */
public final class LegalAnalyzer extends Analyzer {

    private final Segmenter segmenter;

    public LegalAnalyzer(Segmenter segmenter) {
        this.segmenter = segmenter;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new SegmentingTokenizer(segmenter);
        TokenStream stream = new CJKWidthFilter(source);
        stream = new LowerCaseFilter(stream);
        return new TokenStreamComponents(source, stream);
    }
}
