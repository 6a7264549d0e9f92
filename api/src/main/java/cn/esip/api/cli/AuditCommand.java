package cn.esip.api.cli;

import cn.esip.api.audit.AuditQuery;
import cn.esip.api.audit.AuditRecord;
import cn.esip.api.audit.AuditTrail;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.time.Clock;
import java.util.concurrent.Callable;

/** {@code esip audit verify|query|purge}: checks, searches and trims the audit trail under the data directory. */
@Command(name = "audit", mixinStandardHelpOptions = true, description = "Verify, query or purge the audit trail.",
        subcommands = {AuditCommand.Verify.class, AuditCommand.Query.class, AuditCommand.Purge.class})
public final class AuditCommand implements Runnable {

    @Override
    public void run() {
        throw new EsipMain.UsageError("name a subcommand: verify, query, purge");
    }

    static AuditTrail trail(DataOptions d, int retention) {
        return new AuditTrail(d.data.resolve("audit"), retention, Clock.systemDefaultZone());
    }

    /** {@code audit verify}: exit 0 when the chain is intact, 1 (naming the first broken line) when not. */
    @Command(name = "verify", mixinStandardHelpOptions = true, description = "Check the hash chain of the whole trail.")
    static final class Verify implements Callable<Integer> {
        @Mixin
        DataOptions data = new DataOptions();
        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            AuditTrail.Verification v = trail(data, AuditTrail.DEFAULT_RETENTION_DAYS).verify();
            if (v.intact()) {
                System.out.println("audit trail intact: " + v.records() + " records in " + v.files() + " day files");
                return 0;
            }
            spec.commandLine().getErr().println("esip audit verify: BROKEN at " + v.problem() + " (after " + v.records() + " good records)");
            return 1;
        }
    }

    /** {@code audit query}: JSON lines of matching records. */
    @Command(name = "query", mixinStandardHelpOptions = true, description = "Print matching records as JSON lines.")
    static final class Query implements Callable<Integer> {
        @Mixin
        DataOptions data = new DataOptions();
        @Option(names = "--app", description = "Application id (or person).")
        String app;
        @Option(names = "--since", description = "First day, YYYY-MM-DD.")
        String since;
        @Option(names = "--until", description = "Last day, YYYY-MM-DD.")
        String until;
        @Option(names = "--route", description = "Part of the route pattern.")
        String route;
        @Option(names = "--status")
        Integer status;
        @Option(names = "--limit", defaultValue = "1000")
        int limit;

        @Override
        public Integer call() {
            AuditQuery q;
            try {
                q = new AuditQuery(app, AuditQuery.day("--since", since), AuditQuery.day("--until", until), route, status, limit);
            } catch (IllegalArgumentException e) {
                throw new EsipMain.UsageError(e.getMessage());
            }
            for (AuditRecord r : q.run(trail(data, AuditTrail.DEFAULT_RETENTION_DAYS))) {
                System.out.println(Json.line(r));
            }
            return 0;
        }
    }

    /** {@code audit purge}: deletes the day files older than the retention. */
    @Command(name = "purge", mixinStandardHelpOptions = true, description = "Delete day files older than the retention.")
    static final class Purge implements Callable<Integer> {
        @Mixin
        DataOptions data = new DataOptions();
        @Option(names = "--retention-days", defaultValue = "" + AuditTrail.DEFAULT_RETENTION_DAYS)
        int days;

        @Override
        public Integer call() {
            if (days < 1) {
                throw new EsipMain.UsageError("--retention-days must be at least 1");
            }
            System.out.println("deleted: " + trail(data, days).purge());
            return 0;
        }
    }
}
