package cn.esip.bench;

import cn.esip.api.cli.DataOptions;
import cn.esip.api.cli.EsipMain;
import cn.esip.api.cli.Json;
import cn.esip.api.cli.KnowledgeBases;
import cn.esip.api.cli.StderrProgress;
import cn.esip.kg.service.CorpusImporter;
import cn.esip.kg.service.LawKnowledgeBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code esip bench import}: times a whole-corpus import (parse, graph, index) into the data directory. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Time a whole-corpus import (graph and index); replaces what is in --data.")
public final class BenchImportCommand implements Callable<Integer> {

    @Mixin
    DataOptions dataOptions = new DataOptions();

    @Option(names = "--corpus", defaultValue = "../shared/corpus/laws", paramLabel = "DIR",
            description = "Corpus folder (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(names = "--sequential", description = "Write the graph, then the index (times each alone) instead of both at once.")
    boolean sequential;

    @Override
    public Integer call() {
        if (!Files.isDirectory(corpus)) {
            throw new EsipMain.UsageError("corpus folder not found: " + corpus);
        }
        long t0 = System.nanoTime();
        try (LawKnowledgeBase kb = KnowledgeBases.open(dataOptions)) {
            Map<String, Object> r = new CorpusImporter(kb).importCorpus(corpus, new StderrProgress(System.err), !sequential);
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("benchmark", "import");
            out.put("corpus", corpus.toString());
            out.put("cores", Runtime.getRuntime().availableProcessors());
            out.put("maxHeapMiB", Runtime.getRuntime().maxMemory() >> 20);
            out.put("versions", r.get("versions"));
            out.put("articles", r.get("articles"));
            out.put("importSeconds", r.get("seconds"));
            out.put("store", r.get("store"));
            out.put("wallSecondsIncludingStartup", Math.round((System.nanoTime() - t0) / 1e7) / 100.0);
            out.put("processCpuSeconds", cpuSeconds());
            out.put("loadAverageAtEnd", java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            System.out.println(Json.pretty(out));
        }
        return 0;
    }

    /** CPU time this process used (all threads, including Neo4j's), to compare with wall time on a shared machine. */
    static double cpuSeconds() {
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return Math.round(os.getProcessCpuTime() / 1e7) / 100.0;
        }
        return -1;
    }
}
