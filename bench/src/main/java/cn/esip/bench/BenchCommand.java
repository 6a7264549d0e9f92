package cn.esip.bench;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code esip bench}: the measurement commands whose output goes into BENCHMARKS.md. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure speed, memory and accuracy (figures for BENCHMARKS.md).",
        subcommands = {BenchImportCommand.class, BenchRestartCommand.class, BenchSearchCommand.class, BenchRetrievalCommand.class, BenchQaCommand.class, BenchPenaltyCommand.class, BenchDocTypesCommand.class, SpeechBenchCommand.class,
                NlpBenchCommand.class, OcrBenchCommand.class, BenchLoadCommand.class, BenchPagesCommand.class})
public final class BenchCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a benchmark: "
                + String.join(", ", spec.subcommands().keySet()));
    }
}
