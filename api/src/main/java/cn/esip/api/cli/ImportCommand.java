package cn.esip.api.cli;

import cn.esip.kg.report.ImportReport;
import cn.esip.kg.service.CorpusImporter;
import cn.esip.kg.service.LawKnowledgeBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code esip import}: parses a law corpus into the graph and the search index, and reports what it found. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import a law corpus into Neo4j and the Lucene index (replaces the previous import).")
public final class ImportCommand implements Callable<Integer> {

    @Mixin
    DataOptions dataOptions = new DataOptions();

    @Option(names = "--corpus", required = true, paramLabel = "DIR", description = "Corpus folder (e.g. ../shared/corpus/laws).")
    Path corpus;

    @Option(names = "--report", paramLabel = "FILE.json", description = "Write the JSON import report to this file.")
    Path report;

    @Option(names = "--no-vectors", description = "Do not compute the article vectors now (search is BM25 until `esip vectors`).")
    boolean noVectors;

    @Option(names = "--threads", paramLabel = "N", description = "Threads that encode article vectors (default: the number of cores).")
    Integer threads;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(corpus)) {
            throw new EsipMain.UsageError("corpus folder not found: " + corpus);
        }
        System.err.println("importing " + corpus + " into " + dataOptions.data.toAbsolutePath()
                + (dataOptions.neo4jUri == null ? "" : " and " + dataOptions.neo4jUri));
        try (LawKnowledgeBase kb = KnowledgeBases.open(dataOptions)) {
            Map<String, Object> r = new CorpusImporter(kb).importCorpus(corpus, new StderrProgress(System.err));
            if (report != null) {
                ImportReport.write(r, report);
                System.err.println("report written to " + report);
            }
            System.err.println(r.get("summary"));
            System.err.println("store: " + r.get("store"));
            if (!noVectors) {
                VectorsCommand.build(kb, threads);
            }
        }
        return 0;
    }
}
