package cn.esip.kg.store;

import java.nio.file.Path;

/**
 * Where the graph lives: an external Neo4j server (uri set) or the embedded one under {@code dataDir/neo4j}.
 *
 * @param dataDir  the platform's data directory (the embedded store goes to {@code dataDir/neo4j})
 * @param uri      bolt:// or neo4j:// address of an external server, or null/blank for the embedded one
 * @param user     user name for the external server
 * @param password password for the external server
 */
public record Neo4jSettings(Path dataDir, String uri, String user, String password) {

    /**
     * Keeps the data directory absolute and normalised ({@code ./data} becomes {@code /…/data}): Neo4j refuses a
     * home directory with {@code .} or {@code ..} in it.
     */
    public Neo4jSettings {
        dataDir = dataDir == null ? null : dataDir.toAbsolutePath().normalize();
    }

    /** Settings for the embedded database under {@code dataDir}. */
    public static Neo4jSettings embedded(Path dataDir) {
        return new Neo4jSettings(dataDir, null, null, null);
    }

    public boolean isEmbedded() {
        return uri == null || uri.isBlank();
    }

    /** Directory of the embedded store. */
    public Path embeddedDir() {
        return dataDir.resolve("neo4j");
    }
}
