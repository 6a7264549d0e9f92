package cn.esip.nlp.analysis;

import cn.esip.nlp.segment.Segmenter;
import cn.esip.nlp.segment.Token;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** A Lucene tokenizer that emits the words of a {@link Segmenter}, skipping whitespace and punctuation. */
public final class SegmentingTokenizer extends Tokenizer {

    /** Longest text segmented at once; longer input is cut at punctuation into slices of about this size. */
    static final int SLICE = 4096;

    private final Segmenter segmenter;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);
    private final char[] chunk = new char[4096];
    private Iterator<Token> tokens;
    private int finalOffset;

    public SegmentingTokenizer(Segmenter segmenter) {
        this.segmenter = segmenter;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (tokens == null) {
            tokens = segmentAll().iterator();
        }
        clearAttributes();
        while (tokens.hasNext()) {
            Token t = tokens.next();
            if (isWordLike(t.text())) {
                term.setEmpty().append(t.text());
                offset.setOffset(correctOffset(t.start()), correctOffset(t.end()));
                type.setType(t.pos());
                return true;
            }
        }
        return false;
    }

    private List<Token> segmentAll() throws IOException {
        StringBuilder sb = new StringBuilder();
        int n;
        while ((n = input.read(chunk)) > 0) {
            sb.append(chunk, 0, n);
        }
        finalOffset = correctOffset(sb.length());
        List<Token> all = new ArrayList<>();
        int from = 0;
        while (from < sb.length()) {
            int to = Math.min(sb.length(), from + SLICE);
            if (to < sb.length()) {
                for (int i = to - 1; i > from + SLICE / 2; i--) {
                    if (!Character.isLetterOrDigit(sb.charAt(i))) {
                        to = i + 1;
                        break;
                    }
                }
            }
            for (Token t : segmenter.segment(sb.substring(from, to))) {
                all.add(new Token(t.text(), t.pos(), from + t.start(), from + t.end()));
            }
            from = to;
        }
        return all;
    }

    private static boolean isWordLike(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void end() throws IOException {
        super.end();
        offset.setOffset(finalOffset, finalOffset);
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        tokens = null;
        finalOffset = 0;
    }
}
