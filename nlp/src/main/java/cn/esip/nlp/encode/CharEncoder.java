package cn.esip.nlp.encode;

/** A contextual text encoder that gives one vector per character of the input (the port the taggers use). */
public interface CharEncoder extends AutoCloseable {

    /** Length of each vector. */
    int dimension();

    /**
     * One vector per UTF-16 character of {@code text}; characters the encoder has no token for (white space)
     * get a zero vector. Thread-safe.
     */
    float[][] encode(String text);

    /** What the encoder is, for model descriptors and messages. */
    String describe();

    @Override
    void close();
}
