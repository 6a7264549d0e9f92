package cn.esip.api.cli;

import cn.esip.api.EsipApplication;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;

/** {@code esip serve}: starts the REST API (Spring Boot) on the configured stores. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Start the platform's REST API (default command).")
public final class ServeCommand implements Runnable {

    @Mixin
    DataOptions dataOptions = new DataOptions();

    @Option(names = "--port", defaultValue = "8080", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Override
    public void run() {
        List<String> args = new ArrayList<>();
        args.add("--server.port=" + port);
        args.add("--esip.data-dir=" + dataOptions.data.toAbsolutePath());
        if (dataOptions.neo4jUri != null) {
            args.add("--esip.neo4j.uri=" + dataOptions.neo4jUri);
            args.add("--esip.neo4j.user=" + dataOptions.neo4jUser);
            args.add("--esip.neo4j.password=" + dataOptions.neo4jPassword);
        }
        EsipApplication.start(args.toArray(String[]::new));
    }
}
