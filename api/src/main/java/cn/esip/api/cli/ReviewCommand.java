package cn.esip.api.cli;

import cn.esip.kg.service.LawKnowledgeBase;
import cn.esip.ocr.OcrService;
import cn.esip.supervision.casefile.CaseFileException;
import cn.esip.supervision.casefile.OcrScanReader;
import cn.esip.supervision.casefile.ScanReader;
import cn.esip.supervision.casefile.UnreadableDocumentException;
import cn.esip.supervision.law.GraphLawBasis;
import cn.esip.supervision.report.Finding;
import cn.esip.supervision.report.ReportHtml;
import cn.esip.supervision.report.ReportJson;
import cn.esip.supervision.report.ReviewReport;
import cn.esip.supervision.review.ReviewService;
import cn.esip.supervision.rules.RuleSet;
import cn.esip.supervision.rules.RuleSetException;
import cn.esip.supervision.rules.RuleSets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/** {@code esip review [--json] DIR… | --zip CASE.zip…}: automated pre-review (案卷评查) of case files. */
@Command(name = "review", mixinStandardHelpOptions = true,
        description = "Review case files (案卷评查) against a rule set: one report per case, in order. "
                + "With --json, one JSON report per line, each with \"case\": the directory (or archive) name.")
public final class ReviewCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", arity = "0..*", description = "Case-file directories (each with documents/ and optionally case.json).")
    List<Path> dirs = new ArrayList<>();

    @Option(names = "--zip", paramLabel = "CASE.zip", arity = "1..*", description = "Case files sent as ZIP archives.")
    List<Path> zips = new ArrayList<>();

    @Option(names = "--json", description = "One JSON report per line on stdout (the spec's format).")
    boolean json;

    @Option(names = "--rules", paramLabel = "NAME@VERSION", description = "Rule set (default: the national set). See `esip rules list`.")
    String rules;

    @Option(names = "--rules-dir", paramLabel = "DIR", description = "More rule files (*.yaml, *.json) to choose from.")
    Path rulesDir;

    @Option(names = "--html", paramLabel = "OUT/", description = "Also write <case>.html readable reports into this directory.")
    Path html;

    @Option(names = "--pdf", paramLabel = "OUT/", description = "Also write <case>.pdf readable reports into this directory.")
    Path pdf;

    @Option(names = "--threads", paramLabel = "N", description = "Cases reviewed at once (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Mixin
    DataOptions dataOptions = new DataOptions();

    @Override
    public Integer call() throws Exception {
        if (dirs.isEmpty() && zips.isEmpty()) {
            throw new EsipMain.UsageError("name at least one case directory or --zip archive");
        }
        RuleSet set;
        try {
            RuleSets sets = new RuleSets(rulesDir);
            set = rules == null ? sets.defaultSet() : sets.get(rules);
        } catch (RuleSetException e) {
            throw new EsipMain.UsageError(e.getMessage());
        }
        for (Path out : new Path[]{html, pdf}) {
            if (out != null) {
                Files.createDirectories(out);
            }
        }
        List<Input> inputs = new ArrayList<>();
        dirs.forEach(d -> inputs.add(new Input(name(d), d, false)));
        zips.forEach(z -> inputs.add(new Input(name(z).replaceFirst("(?i)\\.zip$", ""), z, true)));
        try (LawKnowledgeBase kb = KnowledgeBases.open(dataOptions); LazyOcr ocr = new LazyOcr()) {
            if (!kb.hasIndex()) {
                throw new EsipMain.UsageError("no law index in " + dataOptions.data + "; run `esip import --corpus DIR` first");
            }
            ReviewService service = new ReviewService(new GraphLawBasis(kb), ocr);
            ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, inputs.size())));
            AtomicInteger done = new AtomicInteger();
            long t0 = System.nanoTime();
            List<Future<Outcome>> futures = new ArrayList<>();
            for (Input in : inputs) {
                futures.add(pool.submit(() -> {
                    Outcome o = reviewOne(service, set, in);
                    int n = done.incrementAndGet();
                    if (inputs.size() > 1) {
                        System.err.printf("esip review: %d/%d cases (%.1f s)%n", n, inputs.size(), (System.nanoTime() - t0) / 1e9);
                    }
                    return o;
                }));
            }
            int failed = 0;
            for (int i = 0; i < futures.size(); i++) {
                Outcome o = futures.get(i).get();
                Input in = inputs.get(i);
                if (o.report == null) {
                    failed++;
                    System.err.println("esip review: " + in.name + ": " + o.error);
                    if (json) {
                        System.out.println(ReportJson.error(in.name, o.error));
                    }
                    continue;
                }
                if (!o.report.problems().isEmpty()) {
                    List<String> unreadable = o.report.problems().stream().filter(p -> !p.contains("文件名与内容不符")).toList();
                    if (!unreadable.isEmpty()) {
                        failed++;
                        System.err.println("esip review: " + in.name + ": " + String.join("; ", unreadable));
                    }
                }
                System.out.println(json ? ReportJson.line(o.report) : readable(o.report));
                System.out.flush();
                write(o.report);
            }
            pool.shutdown();
            return failed == 0 ? 0 : 1;
        }
    }

    private record Input(String name, Path path, boolean zip) {
    }

    private record Outcome(ReviewReport report, String error) {
    }

    private static Outcome reviewOne(ReviewService service, RuleSet set, Input in) {
        try {
            if (in.zip) {
                if (!Files.isRegularFile(in.path)) {
                    return new Outcome(null, "file not found: " + in.path);
                }
                try (InputStream s = Files.newInputStream(in.path)) {
                    return new Outcome(service.reviewZip(in.name, s, set), null);
                }
            }
            return new Outcome(service.review(in.path, set), null);
        } catch (CaseFileException | UnreadableDocumentException e) {
            return new Outcome(null, e.getMessage());
        } catch (IOException e) {
            return new Outcome(null, "cannot read: " + e.getMessage());
        } catch (RuntimeException e) {
            return new Outcome(null, "review failed: " + e);
        }
    }

    private void write(ReviewReport r) throws IOException {
        if (html != null) {
            atomicWrite(html.resolve(safe(r.caseName()) + ".html"), ReportHtml.page(r).getBytes(StandardCharsets.UTF_8));
        }
        if (pdf != null) {
            atomicWrite(pdf.resolve(safe(r.caseName()) + ".pdf"), cn.esip.supervision.report.ReportPdf.document(r));
        }
    }

    private static void atomicWrite(Path target, byte[] data) throws IOException {
        Path tmp = Files.createTempFile(target.getParent(), ".review", ".part");
        try {
            Files.write(tmp, data);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static String safe(String s) {
        return s.replaceAll("[\\\\/:*?\"<>|\\s]+", "_");
    }

    private static String name(Path p) {
        Path f = p.toAbsolutePath().normalize().getFileName();
        return f == null ? p.toString() : f.toString();
    }

    private static String readable(ReviewReport r) {
        StringBuilder sb = new StringBuilder();
        sb.append(r.caseName()).append("  ").append(r.caseNo() == null ? "" : r.caseNo()).append("  ")
                .append(String.format("%.1f 分  %s  (%s)", r.score(), r.grade(), r.ruleSet()));
        for (Finding f : r.findings()) {
            sb.append("\n  - [").append(f.kind()).append(" −").append(f.deducted()).append("] ").append(f.message());
            f.evidence().stream().limit(2).forEach(e -> sb.append("\n      ")
                    .append(e.field() != null ? "case.json " + e.field() : e.document() + (e.quote() != null ? "：" + e.quote() : "")));
        }
        return sb.toString();
    }

    /** A scan reader that starts Tesseract only when a case holds a scan. */
    static final class LazyOcr implements ScanReader, AutoCloseable {
        private OcrService ocr;
        private OcrScanReader reader;

        @Override
        public synchronized Scan read(byte[] data, String name) {
            if (reader == null) {
                try {
                    ocr = OcrService.createDefault();
                    reader = new OcrScanReader(ocr, msg -> System.err.println("esip review: OCR " + msg));
                } catch (RuntimeException e) {
                    throw new UnreadableDocumentException("OCR is not available here: " + e.getMessage());
                }
            }
            return reader.read(data, name);
        }

        @Override
        public synchronized void close() {
            if (ocr != null) {
                ocr.close();
            }
        }
    }
}
