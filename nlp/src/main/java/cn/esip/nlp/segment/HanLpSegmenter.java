package cn.esip.nlp.segment;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * HanLP (portable, Viterbi) segmentation with a per-instance legal user dictionary. Thread-safe:
 * HanLP's Viterbi segment keeps no per-call state, and the dictionary is only read after construction.
 */
public final class HanLpSegmenter implements Segmenter {

    static {
        // never write HanLP's binary caches next to the jar, and stay quiet
        HanLP.Config.enableDebug(false);
    }

    private final Segment segment;

    /** A segmenter with HanLP's own dictionaries only. */
    public HanLpSegmenter() {
        this(new LegalDictionary());
    }

    /** A segmenter that also knows the words of {@code dictionary}. */
    public HanLpSegmenter(LegalDictionary dictionary) {
        this(dictionary, false);
    }

    /**
     * A segmenter that also knows the words of {@code dictionary}; with {@code recognizeEntities} HanLP's
     * place (ns) and organisation (nt) recognisers are switched on as well as its person-name one (nr).
     */
    public HanLpSegmenter(LegalDictionary dictionary, boolean recognizeEntities) {
        DynamicCustomDictionary custom = new DynamicCustomDictionary();
        for (Map.Entry<String, String> e : dictionary.entries().entrySet()) {
            custom.insert(e.getKey(), e.getValue() + " 1024");
        }
        this.segment = HanLP.newSegment("viterbi")
                .enableOffset(true)
                .enableCustomDictionary(custom)
                .enableCustomDictionaryForcing(false)
                .enablePlaceRecognize(recognizeEntities)
                .enableOrganizationRecognize(recognizeEntities)
                .enableNameRecognize(true)
                .enableNumberQuantifierRecognize(false);
    }

    @Override
    public List<Token> segment(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<Term> terms = segment.seg(text);
        List<Token> out = new ArrayList<>(terms.size());
        for (Term t : terms) {
            String pos = t.nature == null ? "x" : t.nature.toString();
            out.add(new Token(t.word, pos, t.offset, t.offset + t.word.length()));
        }
        return out;
    }
}
