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

    /** {@code apps add}: prints the new application with its secret, shown only this once. */
    @Command(name = "add", mixinStandardHelpOptions = true, description = "Register an application; prints its secret once.")
    static final class Add implements Callable<Integer> {
        @Mixin
        SecurityDirOption security = new SecurityDirOption();
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
                System.out.println(Json.pretty(AppViews.issued(new AppRegistry(security.dir()).add(name, agency, Scope.parse(scopes), rate, exp))));
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
        SecurityDirOption security = new SecurityDirOption();

        @Override
        public Integer call() {
            for (ClientApp a : new AppRegistry(security.dir()).list()) {
                System.out.println(Json.line(AppViews.view(a)));
            }
            return 0;
        }
    }

    /** The subcommands that act on one application: the data directory and the application's id. */
    abstract static class OnApp implements Callable<Integer> {
        @Mixin
        SecurityDirOption security = new SecurityDirOption();
        @Parameters(paramLabel = "ID")
        String id;

        @Override
        public Integer call() {
            System.out.println(known(() -> act(new AppRegistry(security.dir()))));
            return 0;
        }

        /** What the subcommand prints. */
        abstract String act(AppRegistry registry);
    }

    /** {@code apps suspend ID}. */
    @Command(name = "suspend", mixinStandardHelpOptions = true, description = "Suspend an application: its tokens stop working.")
    static final class Suspend extends OnApp {
        @Override
        String act(AppRegistry registry) {
            return Json.line(AppViews.view(registry.setStatus(id, ClientApp.Status.SUSPENDED)));
        }
    }

    /** {@code apps activate ID}. */
    @Command(name = "activate", mixinStandardHelpOptions = true, description = "Re-activate a suspended application.")
    static final class Activate extends OnApp {
        @Override
        String act(AppRegistry registry) {
            return Json.line(AppViews.view(registry.setStatus(id, ClientApp.Status.ACTIVE)));
        }
    }

    /** {@code apps rotate-secret ID}. */
    @Command(name = "rotate-secret", mixinStandardHelpOptions = true,
            description = "A new secret (printed once); the old secret and tokens issued with it stop working.")
    static final class Rotate extends OnApp {
        @Override
        String act(AppRegistry registry) {
            return Json.pretty(AppViews.issued(registry.rotateSecret(id)));
        }
    }

    /** {@code apps delete ID}. */
    @Command(name = "delete", mixinStandardHelpOptions = true, description = "Delete an application.")
    static final class Delete extends OnApp {
        @Override
        String act(AppRegistry registry) {
            registry.delete(id);
            return "deleted " + id;
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
