package cn.esip.nlp.segment;

import java.util.List;

/** Splits Chinese text into words with offsets; the port other modules depend on. */
public interface Segmenter {

    /** Segments {@code text}; offsets refer to {@code text}. */
    List<Token> segment(String text);
}
