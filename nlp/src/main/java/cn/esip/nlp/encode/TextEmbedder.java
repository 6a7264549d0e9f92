package cn.esip.nlp.encode;

import java.util.List;

/** Turns a text into one unit-length vector for similarity search (the port dense retrieval uses). */
public interface TextEmbedder {

    /** Length of each vector. */
    int dimension();

    /** The vector of a query (a few words, a question or the facts of a case). Thread-safe. */
    float[] embedQuery(String query);

    /** The vectors of passages (articles) to be searched, in order. Thread-safe. */
    List<float[]> embedPassages(List<String> passages);

    /** What the embedder is, for the index's manifest and messages; vectors of two embedders never mix. */
    String describe();
}
