package cn.esip.api.cli;

import cn.esip.api.apps.AppRegistry;
import cn.esip.api.apps.AppViews;
import cn.esip.api.apps.ClientApp;
import cn.esip.api.security.Scope;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;

/** {@code esip apps …}: registers and administers the applications that call the API (on the data directory). */
@Command(name = "apps", mixinStandardHelpOptions = true,
        description = "Register, list, suspend, activate, rotate the secret of, and delete calling applications.",
        subcommands = {AppsCommand.Add.class, AppsCommand.ListApps.class, AppsCommand.Suspend.class,
                AppsCommand.Activate.class, AppsCommand.Rotate.class, AppsCommand.Delete.class})
public final class AppsCommand implements Runnable {

    @Override
    public void run() {
        throw new EsipMain.UsageError("name a subcommand: add, list, suspend, activate, rotate-secret, delete");
    }

    static AppRegistry registry(DataOptions d) {
        return new AppRegistry(d.data.resolve("security"));
    }

    /** {@code apps add}: prints the new application with its secret, shown only this once. */
    @Command(name = "add", mixinStandardHelpOptions = true, description = "Register an application; prints its secret once.")
    static final class Add implements Callable<Integer> {
        @Mixin
        DataOptions data = new DataOptions();
        @Option(names = "--name", required = true)
        String name;
        @Option(names = "--agency", defaultValue = "")
        String agency;
        @Option(names = "--scopes", required = true, description = "Comma-separated: law:read,nlp,ocr,speech,review,review:decide,pii,admin")
        String scopes;
        @Option(names = "--rate", description = "Calls per minute (default " + AppRegistry.DEFAULT_RATE + ").")
        Integer rate;
        @Option(names = "--expires", description = "ISO instant after which the application stops working.")
        String expires;

        @Override
        public Integer call() {
            Instant exp;
            try {
                exp = expires == null ? null : Instant.parse(expires);
            } catch (DateTimeParseException e) {
                throw new EsipMain.UsageError("--expires must be an ISO instant such as 2027-12-31T00:00:00Z");
            }
            try {
                System.out.println(Json.pretty(AppViews.issued(registry(data).add(name, agency, Scope.parse(scopes), rate, exp))));
            } catch (IllegalArgumentException e) {
                throw new EsipMain.UsageError(e.getMessage());
            }
            return 0;
        }
    }

    /** {@code apps list}. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the registered applications (JSON lines).")
    static final class ListApps implements Callable<Integer> {
        @Mixin
        DataOptions data = new DataOptions();

        @Override
        public Integer call() {
            for (ClientApp a : registry(data).list()) {
                System.out.println(Json.line(AppViews.view(a)));
            }
            return 0;
        }
    }

    /** {@code apps suspend ID}. */
    @Command(name = "suspend", mixinStandardHelpOptions = true, description = "Suspend an application: its tokens stop working.")
    static final class Suspend implements Callable<Integer> {
        @Mixin
        DataOptions data = new DataOptions();
        @Parameters(paramLabel = "ID")
        String id;

        @Override
        public Integer call() {
            System.out.println(Json.line(AppViews.view(known(() -> registry(data).setStatus(id, ClientApp.Status.SUSPENDED)))));
            return 0;
        }
    }

    /** {@code apps activate ID}. */
    @Command(name = "activate", mixinStandardHelpOptions = true, description = "Re-activate a suspended application.")
    static final class Activate implements Callable<Integer> {
        @Mixin
        DataOptions data = new DataOptions();
        @Parameters(paramLabel = "ID")
        String id;

        @Override
        public Integer call() {
            System.out.println(Json.line(AppViews.view(known(() -> registry(data).setStatus(id, ClientApp.Status.ACTIVE)))));
            return 0;
        }
    }

    /** {@code apps rotate-secret ID}. */
    @Command(name = "rotate-secret", mixinStandardHelpOptions = true,
            description = "A new secret (printed once); the old secret and tokens issued with it stop working.")
    static final class Rotate implements Callable<Integer> {
        @Mixin
        DataOptions data = new DataOptions();
        @Parameters(paramLabel = "ID")
        String id;

        @Override
        public Integer call() {
            System.out.println(Json.pretty(AppViews.issued(known(() -> registry(data).rotateSecret(id)))));
            return 0;
        }
    }

    /** {@code apps delete ID}. */
    @Command(name = "delete", mixinStandardHelpOptions = true, description = "Delete an application.")
    static final class Delete implements Callable<Integer> {
        @Mixin
        DataOptions data = new DataOptions();
        @Parameters(paramLabel = "ID")
        String id;

        @Override
        public Integer call() {
            known(() -> {
                registry(data).delete(id);
                return null;
            });
            System.out.println("deleted " + id);
            return 0;
        }
    }

    private static <T> T known(java.util.function.Supplier<T> s) {
        try {
            return s.get();
        } catch (java.util.NoSuchElementException e) {
            throw new EsipMain.UsageError(e.getMessage());
        }
    }
}
