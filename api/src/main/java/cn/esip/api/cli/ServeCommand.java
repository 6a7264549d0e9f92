package cn.esip.api.cli;

import cn.esip.api.EsipApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** {@code esip serve}: starts the REST API (Spring Boot) on the configured stores. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Start the platform's REST API (default command).")
public final class ServeCommand implements Runnable {

    @Mixin
    DataOptions dataOptions = new DataOptions();

    @Option(names = "--port", defaultValue = "8080", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--insecure-local",
            description = "Development only: no tokens, no masking, listening on 127.0.0.1 only.")
    boolean insecureLocal;

    @Override
    public void run() {
        List<String> args = new ArrayList<>();
        args.add("--server.port=" + port);
        args.add("--esip.data-dir=" + dataOptions.data.toAbsolutePath());
        if (insecureLocal) {
            System.err.println("WARNING: --insecure-local: security is off (no tokens, no masking); listening on 127.0.0.1 only");
            args.add("--esip.security.enabled=false");
            args.add("--server.address=127.0.0.1");
        }
        if (dataOptions.neo4jUri != null) {
            args.add("--esip.neo4j.uri=" + dataOptions.neo4jUri);
            args.add("--esip.neo4j.user=" + dataOptions.neo4jUser);
            args.add("--esip.neo4j.password=" + dataOptions.neo4jPassword);
        }
        ConfigurableApplicationContext ctx = EsipApplication.start(args.toArray(String[]::new));
        // keep the command (and so the JVM, which the launcher ends with System.exit) alive until the server stops
        CountDownLatch closed = new CountDownLatch(1);
        ctx.addApplicationListener((ContextClosedEvent e) -> closed.countDown());
        try {
            while (ctx.isActive() && !closed.await(1, TimeUnit.SECONDS)) {
                // waiting for shutdown
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
