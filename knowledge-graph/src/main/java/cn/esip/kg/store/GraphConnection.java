package cn.esip.kg.store;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;

import java.util.concurrent.TimeUnit;

/** An open Neo4j driver, plus the embedded database behind it when there is no external server. */
public final class GraphConnection implements AutoCloseable {

    private final Driver driver;
    private final EmbeddedNeo4j embedded;
    private final String description;

    private GraphConnection(Driver driver, EmbeddedNeo4j embedded, String description) {
        this.driver = driver;
        this.embedded = embedded;
        this.description = description;
    }

    /** Opens the external server named in {@code settings}, or starts the embedded one. */
    public static GraphConnection open(Neo4jSettings settings) {
        Config config = Config.builder()
                .withLogging(Logging.none())
                .withConnectionTimeout(15, TimeUnit.SECONDS)
                .withMaxConnectionPoolSize(16)
                .build();
        if (settings.isEmbedded()) {
            EmbeddedNeo4j db = EmbeddedNeo4j.start(settings.embeddedDir());
            try {
                Driver driver = GraphDatabase.driver(db.boltUri(), AuthTokens.none(), config);
                driver.verifyConnectivity();
                return new GraphConnection(driver, db, "embedded Neo4j at " + settings.embeddedDir() + " (" + db.boltUri() + ")");
            } catch (RuntimeException e) {
                db.close();
                throw e;
            }
        }
        AuthToken auth = settings.user() == null || settings.user().isBlank()
                ? AuthTokens.none() : AuthTokens.basic(settings.user(), settings.password() == null ? "" : settings.password());
        Driver driver = GraphDatabase.driver(settings.uri(), auth, config);
        try {
            driver.verifyConnectivity();
        } catch (RuntimeException e) {
            driver.close();
            throw new IllegalStateException("cannot reach Neo4j at " + settings.uri() + ": " + e.getMessage(), e);
        }
        return new GraphConnection(driver, null, "Neo4j at " + settings.uri());
    }

    public Driver driver() {
        return driver;
    }

    /** The Bolt address of the embedded database, when this connection started one. */
    public java.util.Optional<String> embeddedBoltUri() {
        return embedded == null ? java.util.Optional.empty() : java.util.Optional.of(embedded.boltUri());
    }

    /** Human-readable description of where the graph is. */
    public String description() {
        return description;
    }

    @Override
    public void close() {
        driver.close();
        if (embedded != null) {
            embedded.close();
        }
    }
}
