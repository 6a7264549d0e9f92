package cn.esip.api.pages;

import cn.esip.api.privacy.PiiMasking;
import cn.esip.api.review.ReviewJobs;
import cn.esip.api.review.ReviewSubmissions;
import cn.esip.supervision.casefile.TextPage;
import cn.esip.supervision.report.Finding;
import cn.esip.supervision.report.ReportHtml;
import cn.esip.supervision.report.ReportPdf;
import cn.esip.supervision.report.ReviewReport;
import cn.esip.supervision.rules.RuleSet;
import cn.esip.supervision.rules.RuleSets;
import cn.esip.supervision.store.Decisions;
import cn.esip.supervision.store.DocumentText;
import cn.esip.supervision.store.ReviewDecision;
import cn.esip.supervision.store.ReviewPlan;
import cn.esip.supervision.store.ReviewPlanner;
import cn.esip.supervision.store.ReviewStore;
import cn.esip.supervision.store.StoredReview;
import cn.esip.supervision.store.Verdict;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * 案卷评查 for reviewers: upload a case file, read its score and findings with their evidence in the document's
 * text, decide each finding (复核), download the report, draw review tasks and read the statistics.
 */
@Controller
public class ReviewPages {

    /** Groupings the statistics page offers. */
    static final List<String> STATS_BY = List.of("kind", "rule", "agency", "month", "provision");

    private final ReviewSubmissions submissions;
    private final ReviewStore store;
    private final RuleSets ruleSets;
    private final ReviewJobs jobs;
    private final PiiMasking masking;

    public ReviewPages(ReviewSubmissions submissions, ReviewStore store, RuleSets ruleSets, ReviewJobs jobs,
                       PiiMasking masking) {
        this.submissions = submissions;
        this.store = store;
        this.ruleSets = ruleSets;
        this.jobs = jobs;
        this.masking = masking;
    }

    @GetMapping("/ui/reviews")
    public String list(@RequestParam(required = false) String agency, Model model) {
        List<StoredReview> pool = new ArrayList<>(store.pool(LawPages.blankToNull(agency), null, null));
        pool.sort((a, b) -> b.at().compareTo(a.at()));
        model.addAttribute("reviews", pool.stream().map(r -> new Row(r, masking.forCaller(r.report(), ReviewReport.class))).toList());
        model.addAttribute("agency", agency == null ? "" : agency);
        model.addAttribute("ruleSets", ruleSets.all());
        model.addAttribute("defaultSet", ruleSets.defaultSet().id());
        return "review/list";
    }

    /** A review in the list, its report as the person may see it. */
    public record Row(StoredReview review, ReviewReport report) {
    }

    @PostMapping("/ui/reviews")
    public String submit(@RequestParam(value = "file", required = false) MultipartFile zip,
                         @RequestParam(value = "documents", required = false) List<MultipartFile> documents,
                         @RequestParam(value = "name", required = false) String name,
                         @RequestParam(value = "rules", required = false) String rules) throws IOException {
        RuleSet set = rules == null || rules.isBlank() ? ruleSets.defaultSet() : ruleSets.get(rules);
        ReviewSubmissions.Upload upload = ReviewSubmissions.upload(zip, documents, null, name);
        ReviewSubmissions.Submitted done = submissions.submit(upload.caseName(), upload.entries(), set);
        return done.job() != null ? "redirect:/ui/reviews/jobs/" + done.job().id()
                : "redirect:/ui/reviews/" + done.review().id();
    }

    /** Most case files in one batch (the review queue holds 20 by default). */
    static final int MAX_BATCH = 20;
    /** Batches remembered, at most (the oldest is forgotten first; its reviews stay). */
    static final int KEPT_BATCHES = 100;

    /** A batch of case files under review: each one's job, or why it could not be queued. */
    public record BatchItem(String file, ReviewJobs.Job job, String error) {
        /** Whether this case file is done with (reviewed, failed, or never queued). */
        public boolean finished() {
            return job == null || job.state() == ReviewJobs.State.DONE || job.state() == ReviewJobs.State.FAILED;
        }
    }

    private final Map<String, List<BatchItem>> batches = java.util.Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, false) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, List<BatchItem>> eldest) {
                    return size() > KEPT_BATCHES;
                }
            });

    /** Reviews several case files (ZIPs) in the background, one job each; the batch page shows their progress. */
    @PostMapping("/ui/reviews/batch")
    public String batch(@RequestParam(value = "files", required = false) List<MultipartFile> files,
                        @RequestParam(value = "rules", required = false) String rules) {
        List<MultipartFile> zips = files == null ? List.of() : files.stream().filter(f -> !f.isEmpty()).toList();
        if (zips.isEmpty()) {
            throw new IllegalArgumentException("请选择要批量评查的案卷 ZIP 文件");
        }
        if (zips.size() > MAX_BATCH) {
            throw new IllegalArgumentException("一批最多 " + MAX_BATCH + " 个案卷，收到 " + zips.size() + " 个");
        }
        RuleSet set = rules == null || rules.isBlank() ? ruleSets.defaultSet() : ruleSets.get(rules);
        List<BatchItem> items = new ArrayList<>();
        for (MultipartFile zip : zips) {
            String file = zip.getOriginalFilename() == null ? "?" : zip.getOriginalFilename();
            try {
                ReviewSubmissions.Upload upload = ReviewSubmissions.upload(zip, null, null, null);
                items.add(new BatchItem(file, submissions.queue(upload.caseName(), upload.entries(), set), null));
            } catch (IOException | RuntimeException e) {
                // one unreadable or refused case file does not stop the others
                items.add(new BatchItem(file, null, e.getMessage()));
            }
        }
        String id = java.util.UUID.randomUUID().toString();
        batches.put(id, List.copyOf(items));
        return "redirect:/ui/reviews/batches/" + id;
    }

    @GetMapping("/ui/reviews/batches/{id}")
    public String batchState(@PathVariable String id, Model model,
                             @org.springframework.web.bind.annotation.RequestHeader(value = "HX-Request", required = false) String htmx) {
        List<BatchItem> items = batches.get(id);
        if (items == null) {
            throw new NoSuchElementException("没有批次 " + id + "（服务重启后批次不再保留，评查结果仍在评查历史中）");
        }
        long finished = items.stream().filter(BatchItem::finished).count();
        model.addAttribute("id", id);
        model.addAttribute("items", items);
        model.addAttribute("finished", finished);
        model.addAttribute("all", finished == items.size());
        return htmx != null ? "review/batch :: state" : "review/batch";
    }

    @GetMapping("/ui/reviews/jobs/{id}")
    public String job(@PathVariable String id, HttpServletResponse res, Model model,
                      @org.springframework.web.bind.annotation.RequestHeader(value = "HX-Request", required = false) String htmx) {
        ReviewJobs.Job job = jobs.get(id);
        if (job.state() == ReviewJobs.State.DONE && job.reviewId() != null) {
            if (htmx != null) {
                res.setHeader("HX-Redirect", "/ui/reviews/" + job.reviewId());
            } else {
                return "redirect:/ui/reviews/" + job.reviewId();
            }
        }
        model.addAttribute("job", job);
        return htmx != null ? "review/job :: state" : "review/job";
    }

    @GetMapping("/ui/reviews/{id}")
    public String view(@PathVariable String id, Model model) {
        StoredReview r = find(id);
        ReviewReport report = masking.forCaller(r.report(), ReviewReport.class);
        model.addAttribute("r", r);
        model.addAttribute("report", report);
        Map<String, List<Finding>> byCategory = new LinkedHashMap<>();
        for (Finding f : report.findings()) {
            byCategory.computeIfAbsent(f.category(), k -> new ArrayList<>()).add(f);
        }
        model.addAttribute("byCategory", byCategory);
        model.addAttribute("latest", r.decisions().isEmpty() ? null : r.decisions().get(r.decisions().size() - 1));
        model.addAttribute("actions", Verdict.ACTIONS);
        return "review/view";
    }

    /** The document's text with the evidence line marked (an htmx fragment of the review page). */
    @GetMapping("/ui/reviews/{id}/evidence")
    public String evidence(@PathVariable String id, @RequestParam String document,
                           @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "0") int line,
                           @RequestParam(required = false) String quote, Model model) {
        find(id);
        DocumentText text = store.texts(id).stream().filter(t -> t.document().equals(document)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("这次评查没有保存文书 " + document + " 的文本"));
        boolean unmasked = masking.unmaskedAllowed();
        List<Map<String, Object>> lines = new ArrayList<>();
        for (TextPage p : text.pages()) {
            int n = 0;
            for (String l : p.lines()) {
                n++;
                boolean hit = ((page <= 0 || p.number() == page) && n == line)
                        || (line <= 0 && quote != null && !quote.isBlank() && l.contains(quote));
                lines.add(Map.of("page", p.number(), "number", n, "text", unmasked ? l : masking.mask(l), "hit", hit));
            }
        }
        model.addAttribute("doc", text);
        model.addAttribute("lines", lines);
        return "review/evidence :: text";
    }

    @PostMapping("/ui/reviews/{id}/decisions")
    public String decide(@PathVariable String id, @RequestParam Map<String, String> form, Authentication who) {
        StoredReview r = find(id);
        List<Verdict> verdicts = new ArrayList<>();
        for (Finding f : r.report().findings()) {
            String action = form.get("action." + f.rule());
            if (action == null || action.isBlank()) {
                continue;
            }
            String points = form.get("deducted." + f.rule());
            Double deducted = null;
            if ("amend".equals(action)) {
                try {
                    deducted = Double.valueOf(points == null ? "" : points.strip());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("修改扣分需填写分值：" + f.rule());
                }
            }
            verdicts.add(new Verdict(f.rule(), action, deducted, null, LawPages.blankToNull(form.get("note." + f.rule()))));
        }
        String reviewer = who != null ? who.getName() : "local";
        RuleSet set = ruleSets.get(r.report().ruleSet());
        ReviewDecision d = Decisions.decide(r, set, reviewer, verdicts, LawPages.blankToNull(form.get("note")));
        store.decide(id, d);
        return "redirect:/ui/reviews/" + id + "?decided";
    }

    @GetMapping("/ui/reviews/{id}/report")
    public ResponseEntity<?> report(@PathVariable String id, @RequestParam(defaultValue = "html") String format) {
        ReviewReport report = masking.forCaller(find(id).report(), ReviewReport.class);
        String file = "review-" + id.substring(0, Math.min(8, id.length()));
        if ("pdf".equals(format)) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                    .header("Content-Disposition", "attachment; filename=\"" + file + ".pdf\"")
                    .body(ReportPdf.document(report));
        }
        if (!"html".equals(format)) {
            throw new IllegalArgumentException("报告格式只能是 html 或 pdf");
        }
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .header("Content-Disposition", "attachment; filename=\"" + file + ".html\"")
                .body(ReportHtml.page(report));
    }

    @GetMapping("/ui/reviews/plans")
    public String plans(Model model) {
        return "review/plans";
    }

    @PostMapping("/ui/reviews/plans")
    public String draw(@RequestParam(required = false) String agency, @RequestParam(required = false) String from,
                       @RequestParam(required = false) String to, @RequestParam(required = false) Integer count,
                       @RequestParam(required = false) Long seed, @RequestParam(required = false) String reviewers,
                       Model model) {
        List<String> people = reviewers == null || reviewers.isBlank() ? null
                : List.of(reviewers.strip().split("[\\s,，、]+"));
        ReviewPlan plan = new ReviewPlanner(store).draw(new ReviewPlanner.Criteria(
                LawPages.blankToNull(agency), LawPages.blankToNull(from), LawPages.blankToNull(to),
                count == null ? 5 : count, null, seed, people));
        List<Row> drawn = new ArrayList<>();
        for (String rid : plan.drawn()) {
            store.find(rid).ifPresent(r -> drawn.add(new Row(r, masking.forCaller(r.report(), ReviewReport.class))));
        }
        model.addAttribute("plan", plan);
        model.addAttribute("drawn", drawn);
        return "review/plans";
    }

    @GetMapping("/ui/reviews/stats")
    public String stats(@RequestParam(defaultValue = "kind") String by, Model model) {
        if (!STATS_BY.contains(by)) {
            throw new IllegalArgumentException("统计维度只能是 " + STATS_BY);
        }
        List<Map<String, Object>> groups = store.stats(by);
        long max = 1;
        for (Map<String, Object> g : groups) {
            max = Math.max(max, ((Number) g.getOrDefault("findings", 0)).longValue());
        }
        model.addAttribute("by", by);
        model.addAttribute("bys", STATS_BY);
        model.addAttribute("groups", groups);
        model.addAttribute("max", max);
        return "review/stats";
    }

    private StoredReview find(String id) {
        if (id == null || !id.matches("[0-9a-fA-F-]{1,64}")) {
            throw new IllegalArgumentException("不是评查编号：" + id);
        }
        return store.find(id).orElseThrow(() -> new NoSuchElementException("没有评查 " + id));
    }
}
