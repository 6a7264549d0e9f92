package cn.esip.nlp.analysis;

import cn.esip.nlp.segment.HanLpSegmenter;
import cn.esip.nlp.segment.LegalDictionary;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LegalAnalyzerTest {

    private static List<String> terms(Analyzer a, String text, List<int[]> offsets) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = a.tokenStream("body", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
                offsets.add(new int[]{off.startOffset(), off.endOffset()});
            }
            ts.end();
        }
        return out;
    }

    @Test
    void userDictionaryKeepsLawNamesWholeAndOffsetsPointIntoTheText() throws IOException {
        String text = "依照《食品安全法》第三十四条，没收违法所得。";
        LegalDictionary dict = new LegalDictionary().add("食品安全法", LegalDictionary.LAW_NAME)
                .add("没收违法所得", LegalDictionary.LEGAL_TERM);
        List<int[]> offsets = new ArrayList<>();
        List<String> words = terms(new LegalAnalyzer(new HanLpSegmenter(dict)), text, offsets);
        assertThat(words).contains("食品安全法", "没收违法所得").doesNotContain("《", "，", "。");
        for (int i = 0; i < words.size(); i++) {
            assertThat(text.substring(offsets.get(i)[0], offsets.get(i)[1])).isEqualTo(words.get(i));
        }
    }

    @Test
    void fullWidthLettersAreFoldedAndLongTextKeepsOffsets() throws IOException {
        String sentence = "当事人ＡＢＣ公司违反规定。";
        String text = sentence.repeat(600); // longer than one segmentation slice
        List<int[]> offsets = new ArrayList<>();
        List<String> words = terms(new LegalAnalyzer(new HanLpSegmenter()), text, offsets);
        assertThat(words).contains("abc");
        int last = offsets.get(offsets.size() - 1)[1];
        assertThat(last).isEqualTo(text.length() - 1);
    }
}
