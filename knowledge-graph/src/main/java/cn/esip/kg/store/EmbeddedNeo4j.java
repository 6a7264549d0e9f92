package cn.esip.kg.store;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Neo4j Community running inside this JVM, reachable only over Bolt on 127.0.0.1 (a free port,
 * no authentication). The platform still talks to it through the Java driver, as it would to a server.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

    private final DatabaseManagementService dbms;
    private final String boltUri;

    private EmbeddedNeo4j(DatabaseManagementService dbms, String boltUri) {
        this.dbms = dbms;
        this.boltUri = boltUri;
    }

    /** Starts (creating if needed) the store in {@code dir}; memory is kept modest for small machines. */
    public static EmbeddedNeo4j start(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot create Neo4j directory " + dir + ": " + e.getMessage(), e);
        }
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(dir.toAbsolutePath())
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", 0))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(512))
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "false")
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                .setConfig(GraphDatabaseSettings.memory_transaction_max_size, ByteUnit.mebiBytes(1024))
                .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(5))
                .setConfig(GraphDatabaseInternalSettings.udc_network_enabled, false)
                // Bolt's event loops otherwise wait a quiet period of seconds at shutdown, twice (boss and
                // workers): only this JVM's driver connects, and it is closed first
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(2))
                .build();
        try {
            GraphDatabaseAPI system = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
            int port = system.getDependencyResolver().resolveDependency(ConnectorPortRegister.class)
                    .getLocalAddress(ConnectorType.BOLT).getPort();
            return new EmbeddedNeo4j(dbms, "bolt://127.0.0.1:" + port);
        } catch (RuntimeException e) {
            dbms.shutdown();
            throw e;
        }
    }

    /** The Bolt address the driver connects to. */
    public String boltUri() {
        return boltUri;
    }

    @Override
    public void close() {
        dbms.shutdown();
    }
}
