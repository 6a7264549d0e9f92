package cn.esip.bench;

import cn.esip.api.cli.EsipMain;

import picocli.CommandLine;

/** Entry point of {@code ./esip bench …}: the measurement commands, built into their own jar apart from the platform's. */
public final class BenchMain {

    private BenchMain() {
    }

    public static void main(String[] args) {
        EsipMain.useCliLogging();
        System.exit(commandLine().execute(args));
    }

    /** The configured {@code bench} command line, shared by {@link #main} and tests. */
    public static CommandLine commandLine() {
        return EsipMain.withErrorHandling(new CommandLine(new BenchCommand()));
    }
}
