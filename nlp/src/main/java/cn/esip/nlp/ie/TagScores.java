package cn.esip.nlp.ie;

/** Tag scores from outside the tagger, one row per character, that {@link EntityTagger} adds to its own before decoding. */
public interface TagScores {

    /** The tags of the score columns, in order. */
    String[] tags();

    /**
     * One row per character of {@code text}: the scores of the token that starts there, or null for characters
     * inside a token or covered by none.
     */
    float[][] scores(String text);
}
