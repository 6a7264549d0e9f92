package cn.esip.kg.dense;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What a complete vector index holds; written last, so its presence marks the vector index complete.
 *
 * @param lawIndexBuiltAt the {@code builtAt} of the law index the vectors belong to (vectors of another index are not used)
 * @param embedder        the embedder's id ({@link cn.esip.nlp.encode.TextEmbedder#describe()})
 * @param articles        article vectors indexed
 * @param encoded         passages encoded by this build
 * @param reused          passages whose vector came from the cache
 * @param seconds         build time
 */
public record DenseManifest(String lawIndexBuiltAt, String embedder, int articles, int encoded, int reused,
                            double seconds, String builtAt) {

    /** File name inside the vector index directory. */
    public static final String FILE = "esip-vectors.json";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    void write(Path dir) throws IOException {
        JSON.writeValue(dir.resolve(FILE).toFile(), this);
    }

    /** The manifest in {@code dir}, or null when there is none (no complete vector index). */
    public static DenseManifest read(Path dir) {
        Path f = dir.resolve(FILE);
        if (!Files.isRegularFile(f)) {
            return null;
        }
        try {
            return JSON.readValue(f.toFile(), DenseManifest.class);
        } catch (IOException e) {
            return null;
        }
    }
}
