package cn.esip.bench;

import cn.esip.api.cli.DataOptions;
import cn.esip.api.cli.EsipMain;
import cn.esip.api.cli.Json;
import cn.esip.api.cli.KnowledgeBases;
import cn.esip.kg.search.SearchHit;
import cn.esip.kg.search.SearchRequest;
import cn.esip.kg.service.LawKnowledgeBase;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code esip bench restart}: from JVM start to the first answered search, and to the first graph lookup, on an existing store. */
@Command(name = "restart", mixinStandardHelpOptions = true,
        description = "Time a cold start on an existing index and graph: first search answered, first provision read.")
public final class BenchRestartCommand implements Callable<Integer> {

    @Mixin
    DataOptions dataOptions = new DataOptions();

    @Override
    public Integer call() {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("benchmark", "restart");
        try (LawKnowledgeBase kb = KnowledgeBases.open(dataOptions)) {
            if (!kb.hasIndex()) {
                throw new EsipMain.UsageError("no index in " + kb.indexPath() + " (run esip import first)");
            }
            long t0 = System.currentTimeMillis();
            List<SearchHit> hits = kb.search(SearchRequest.of("行政处罚法第五十一条", 10));
            long t1 = System.currentTimeMillis();
            out.put("firstSearchSecondsSinceJvmStart", (t1 - jvmStart) / 1000.0);
            out.put("indexOpenAndFirstSearchSeconds", (t1 - t0) / 1000.0);
            out.put("firstSearchHits", hits.size());
            long t2 = System.currentTimeMillis();
            String code = hits.isEmpty() ? null : hits.get(0).code();
            if (code != null) {
                kb.provision(code);
            }
            long t3 = System.currentTimeMillis();
            out.put("graphStartAndFirstLookupSeconds", (t3 - t2) / 1000.0);
            out.put("firstGraphLookupSecondsSinceJvmStart", (t3 - jvmStart) / 1000.0);
        }
        System.out.println(Json.pretty(out));
        return 0;
    }
}
