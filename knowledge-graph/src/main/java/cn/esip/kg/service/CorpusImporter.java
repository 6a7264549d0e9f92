package cn.esip.kg.service;

import cn.esip.kg.parse.CorpusParser;
import cn.esip.kg.parse.ParsedCorpus;
import cn.esip.kg.report.ImportReport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Parses a corpus folder and stores it in a knowledge base; returns the JSON import report as a map. */
public final class CorpusImporter {

    private final LawKnowledgeBase kb;

    public CorpusImporter(LawKnowledgeBase kb) {
        this.kb = kb;
    }

    /**
     * Imports {@code corpus} (graph and index) and reports counts, problems, citation resolution and times.
     *
     * @throws IllegalArgumentException when {@code corpus} is not a folder
     */
    public Map<String, Object> importCorpus(Path corpus, ImportProgress progress) {
        return importCorpus(corpus, progress, true);
    }

    /** As {@link #importCorpus(Path, ImportProgress)}; {@code concurrent=false} times graph and index one after the other. */
    public Map<String, Object> importCorpus(Path corpus, ImportProgress progress, boolean concurrent) {
        if (!Files.isDirectory(corpus)) {
            throw new IllegalArgumentException("corpus folder not found: " + corpus);
        }
        long t0 = System.nanoTime();
        ParsedCorpus parsed = new CorpusParser().parse(corpus, p -> progress.update(p.phase(), p.done(), p.total()));
        double parseSeconds = (System.nanoTime() - t0) / 1e9;
        StoreSummary stored = kb.replaceAll(parsed.versions(), parsed.relations(), progress, concurrent);
        double seconds = (System.nanoTime() - t0) / 1e9;
        Map<String, Object> report = new LinkedHashMap<>(ImportReport.of(parsed, seconds));
        Map<String, Object> store = new LinkedHashMap<>();
        store.put("graph", stored.graph());
        store.put("indexedArticles", stored.indexedArticles());
        store.put("parseSeconds", round(parseSeconds));
        store.put("graphSeconds", round(stored.graphSeconds()));
        store.put("indexSeconds", round(stored.indexSeconds()));
        store.put("graphPhases", stored.graphPhases());
        store.put("concurrent", concurrent);
        java.util.List<String> caseProblems = new java.util.ArrayList<>();
        store.put("typicalCases", kb.importCases(corpus, caseProblems));
        if (!caseProblems.isEmpty()) {
            store.put("typicalCaseProblems", caseProblems);
        }
        report.put("store", store);
        report.put("summary", ImportReport.summary(parsed, seconds));
        return report;
    }

    private static double round(double s) {
        return Math.round(s * 100) / 100.0;
    }
}
