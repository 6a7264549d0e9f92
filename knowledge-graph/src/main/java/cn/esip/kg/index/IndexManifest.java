package cn.esip.kg.index;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;

/**
 * What a complete index holds; written last into the index directory, so its presence marks the index as complete.
 *
 * @param builtAt   when the build finished (ISO-8601 instant)
 * @param versions  law versions indexed
 * @param articles  article documents
 * @param dictionaryWords words in the legal dictionary used for analysis
 * @param luceneVersion the Lucene that wrote it
 * @param format  how law names and fields are written (0 in indexes from before it was recorded)
 */
public record IndexManifest(String builtAt, int versions, long articles, int dictionaryWords, String luceneVersion,
                            int format) {

    /** The format this build writes and reads; 2: law names in {@code LawNames.normalize} form (full-width brackets). */
    public static final int FORMAT = 2;

    /** File name inside the index directory. */
    public static final String FILE = "esip-index.json";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public static IndexManifest now(int versions, long articles, int dictionaryWords) {
        return new IndexManifest(Instant.now().toString(), versions, articles, dictionaryWords,
                org.apache.lucene.util.Version.LATEST.toString(), FORMAT);
    }

    public void write(Path dir) throws IOException {
        JSON.writeValue(dir.resolve(FILE).toFile(), this);
    }

    public static IndexManifest read(Path dir) throws IOException {
        return JSON.readValue(dir.resolve(FILE).toFile(), IndexManifest.class);
    }
}
