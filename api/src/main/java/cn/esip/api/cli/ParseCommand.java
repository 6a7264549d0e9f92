package cn.esip.api.cli;

import cn.esip.kg.parse.CorpusParser;
import cn.esip.kg.parse.ParsedCorpus;
import cn.esip.kg.report.ImportReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code esip parse}: parses a law corpus without storing it and writes the import report. */
@Command(name = "parse", mixinStandardHelpOptions = true,
        description = "Parse a law corpus (no storage) and report counts, problems and citation resolution.")
public final class ParseCommand implements Callable<Integer> {

    @Option(names = "--corpus", required = true, description = "Corpus folder (e.g. ../shared/corpus/laws).")
    Path corpus;

    @Option(names = "--report", description = "Write the JSON report to this file (default: print it on stdout).")
    Path report;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(corpus)) {
            throw new EsipMain.UsageError("corpus folder not found: " + corpus);
        }
        long t0 = System.nanoTime();
        ParsedCorpus parsed = new CorpusParser().parse(corpus, p ->
                System.err.printf("\r%-10s %d/%d", p.phase(), p.done(), p.total()));
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.err.println();
        Map<String, Object> r = ImportReport.of(parsed, seconds);
        if (report != null) {
            ImportReport.write(r, report);
            System.err.println("report written to " + report);
        } else {
            System.out.println(ImportReport.toJson(r));
        }
        System.err.println(ImportReport.summary(parsed, seconds));
        return 0;
    }
}
