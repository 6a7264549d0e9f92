package cn.esip.api.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code ./esip} launcher: dispatches to the platform's subcommands. */
@Command(name = "esip",
        mixinStandardHelpOptions = true,
        version = "ESIP 0.1.0",
        description = "Enforcement Supervision Intelligence Platform (执法监督智能中台).",
        subcommands = {
                ServeCommand.class,
                ModelsCommand.class,
                OcrCommand.class,
                DetectCommand.class,
                ImportCommand.class,
                SearchCommand.class,
                VectorsCommand.class,
                AskCommand.class,
                RecommendCommand.class,
                LawCommand.class,
                IeCommand.class,
                ExtractCommand.class,
                ReviewCommand.class,
                RulesCommand.class,
                AppsCommand.class,
                AccountsCommand.class,
                KeysCommand.class,
                AuditCommand.class,
                DeidentifyCommand.class,
                ParseCommand.class,
                TranscribeCommand.class,
                SpeakCommand.class,
                CommandLine.HelpCommand.class
        })
public final class EsipMain implements Runnable {

    @Override
    public void run() {
        // no subcommand: the default is to serve
        new CommandLine(new ServeCommand()).execute();
    }

    public static void main(String[] args) {
        if (!isServe(args)) {
            useCliLogging();
        }
        System.exit(commandLine().execute(args));
    }

    /** Before the first logger exists: library logs go to stderr, warnings only (stdout is the command's output). */
    public static void useCliLogging() {
        if (System.getProperty(LOGBACK_CONFIG) == null) {
            System.setProperty(LOGBACK_CONFIG, "esip-cli-logback.xml");
        }
    }

    private static final String LOGBACK_CONFIG = "logback.configurationFile";

    private static boolean isServe(String[] args) {
        for (String a : args) {
            if (!a.startsWith("-")) {
                return a.equals("serve");
            }
        }
        return false;
    }

    /** The configured command line, shared by {@link #main} and tests. */
    public static CommandLine commandLine() {
        return withErrorHandling(new CommandLine(new EsipMain()));
    }

    /** Errors as one line on stderr, exit code 2 for a {@link UsageError} and 1 otherwise (also used by {@code esip bench}). */
    public static CommandLine withErrorHandling(CommandLine cl) {
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            String msg = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
            cmd.getErr().println("esip " + cmd.getCommandName() + ": " + msg.lines().findFirst().orElse(msg));
            if (System.getenv("ESIP_DEBUG") != null) {
                ex.printStackTrace(cmd.getErr());
            }
            return ex instanceof UsageError ? 2 : 1;
        });
        return cl;
    }

    /** A user mistake (bad argument, missing file): one line on stderr and exit code 2. */
    public static final class UsageError extends RuntimeException {
        public UsageError(String message) {
            super(message);
        }
    }
}
