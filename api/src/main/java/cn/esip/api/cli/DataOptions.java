package cn.esip.api.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Options every command shares: where the stores live and which Neo4j to talk to. */
public final class DataOptions {

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "${ESIP_DATA:-./data}",
            description = "Directory of the embedded Neo4j store and the Lucene index (default: ${DEFAULT-VALUE}).")
    public Path data;

    @Option(names = "--neo4j-uri", paramLabel = "URI",
            description = "Use this external Neo4j (bolt:// or neo4j://) instead of the embedded one.")
    public String neo4jUri;

    @Option(names = "--neo4j-user", paramLabel = "USER", defaultValue = "neo4j")
    public String neo4jUser;

    @Option(names = "--neo4j-password", paramLabel = "PASSWORD", defaultValue = "${ESIP_NEO4J_PASSWORD:-}")
    public String neo4jPassword;
}
