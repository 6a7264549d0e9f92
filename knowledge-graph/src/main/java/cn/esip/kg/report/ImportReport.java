package cn.esip.kg.report;

import cn.esip.kg.domain.ImportProblem;
import cn.esip.kg.parse.CorpusStats;
import cn.esip.kg.parse.ParsedCorpus;
import cn.esip.models.AtomicFiles;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON report of a corpus parse or import: files, laws, versions, articles, paragraphs, items,
 * problems, numberingGaps, citations {total, resolved, unresolvedTargetMissing}, seconds.
 */
public final class ImportReport {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ImportReport() {
    }

    /** The report as an ordered map; {@code seconds} is the wall time of the whole operation. */
    public static Map<String, Object> of(ParsedCorpus corpus, double seconds) {
        CorpusStats s = corpus.stats();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("files", s.files());
        m.put("laws", s.laws());
        m.put("versions", s.versions());
        m.put("articles", s.articles());
        m.put("paragraphs", s.paragraphs());
        m.put("items", s.items());
        m.put("subitems", s.subitems());
        List<Map<String, String>> problems = corpus.problems().stream().map(ImportReport::problem).toList();
        m.put("problems", problems);
        m.put("numberingGaps", s.numberingGaps());
        m.put("filesWithArticles", s.filesWithArticles());
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("total", s.citations());
        c.put("resolved", s.citationsResolved());
        c.put("unresolvedTargetMissing", s.citationsUnresolvedTargetMissing());
        c.put("unresolvedProvisionMissing", s.citationsProvisionMissing());
        c.put("resolutionRate", Math.round(s.resolutionRate() * 10000) / 10000.0);
        c.put("wholeLaw", s.wholeLawCitations());
        c.put("provisionResolutionRate", Math.round(s.provisionResolutionRate() * 10000) / 10000.0);
        m.put("citations", c);
        m.put("relations", corpus.relations().size());
        m.put("seconds", Math.round(seconds * 100) / 100.0);
        return m;
    }

    private static Map<String, String> problem(ImportProblem p) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("file", p.file());
        m.put("problem", p.problem());
        return m;
    }

    /** The report as JSON text. */
    public static String toJson(Map<String, Object> report) {
        try {
            return JSON.writeValueAsString(report);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes the report to {@code file} atomically (temporary file, then move), creating parent folders. */
    public static void write(Map<String, Object> report, Path file) throws IOException {
        AtomicFiles.writeString(file, toJson(report));
    }

    /** A one-line human summary of the figures, for stderr. */
    public static String summary(ParsedCorpus corpus, double seconds) {
        CorpusStats s = corpus.stats();
        return String.format("%d files, %d laws, %d versions, %d articles, %d paragraphs, %d items; "
                        + "%d problems in %d files; numbering gaps %d/%d files (%.2f%%); citations %d, resolved %d "
                        + "(%.2f%% of those whose law is in the corpus; %.2f%% without whole-law mentions), target law missing %d; %.1f s",
                s.files(), s.laws(), s.versions(), s.articles(), s.paragraphs(), s.items(), corpus.problems().size(),
                corpus.problems().stream().map(ImportProblem::file).distinct().count(), s.numberingGaps(),
                s.filesWithArticles(), 100 * s.numberingGapRate(), s.citations(), s.citationsResolved(),
                100 * s.resolutionRate(), 100 * s.provisionResolutionRate(), s.citationsUnresolvedTargetMissing(), seconds);
    }
}
