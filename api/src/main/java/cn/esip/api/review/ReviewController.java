package cn.esip.api.review;

import cn.esip.supervision.report.ReportHtml;
import cn.esip.supervision.report.ReportJson;
import cn.esip.supervision.report.ReportPdf;
import cn.esip.supervision.report.ReviewReport;
import cn.esip.supervision.rules.Rule;
import cn.esip.supervision.rules.RuleSet;
import cn.esip.supervision.rules.RuleSets;
import cn.esip.supervision.store.Decisions;
import cn.esip.supervision.store.ReviewDecision;
import cn.esip.supervision.store.ReviewPlan;
import cn.esip.supervision.store.ReviewPlanner;
import cn.esip.supervision.store.ReviewStore;
import cn.esip.supervision.store.StoredReview;
import cn.esip.supervision.store.Verdict;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import cn.esip.api.privacy.PiiMasking;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * 案卷评查 over REST: submit a case file (ZIP, or documents with an optional case.json) for automated pre-review,
 * read the report (JSON, HTML or PDF), record the reviewer's 复核, draw review tasks at random, and read statistics
 * and rule sets. Text-only case files are reviewed at once (201); those holding scans go to a background job (202).
 * A case file with a document that cannot be read is refused whole (422), so no half-read review is kept.
 */
@RestController
public class ReviewController {

    private final ReviewSubmissions submissions;
    private final ReviewStore store;
    private final RuleSets ruleSets;
    private final ReviewJobs jobs;
    private final PiiMasking masking;

    public ReviewController(ReviewSubmissions submissions, ReviewStore store, RuleSets ruleSets, ReviewJobs jobs,
                            PiiMasking masking) {
        this.masking = masking;
        this.submissions = submissions;
        this.store = store;
        this.ruleSets = ruleSets;
        this.jobs = jobs;
    }

    /** A reviewer's 复核 of one review. */
    public record DecisionRequest(String reviewer, List<Verdict> verdicts, String note) {
    }

    /** What a review plan draws from and how many; null fields mean "any". */
    public record PlanRequest(String agency, String from, String to, Integer count, Double share, Long seed,
                              List<String> reviewers) {
    }

    @PostMapping(path = "/api/v1/reviews", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ResponseEntity<Map<String, Object>> submit(@RequestParam(value = "file", required = false) MultipartFile zip,
                                                      @RequestParam(value = "documents", required = false) List<MultipartFile> documents,
                                                      @RequestParam(value = "case", required = false) MultipartFile caseJson,
                                                      @RequestParam(value = "name", required = false) String name,
                                                      @RequestParam(value = "rules", required = false) String rules) throws IOException {
        RuleSet set = rules == null || rules.isBlank() ? ruleSets.defaultSet() : ruleSets.get(rules);
        ReviewSubmissions.Upload upload = ReviewSubmissions.upload(zip, documents, caseJson, name);
        ReviewSubmissions.Submitted done = submissions.submit(upload.caseName(), upload.entries(), set);
        if (done.job() != null) {
            return ResponseEntity.accepted().location(URI.create("/api/v1/reviews/jobs/" + done.job().id()))
                    .body(done.job().view());
        }
        return ResponseEntity.created(URI.create("/api/v1/reviews/" + done.review().id())).body(view(done.review()));
    }

    @GetMapping("/api/v1/reviews/jobs/{id}")
    public Map<String, Object> job(@PathVariable String id) {
        return jobs.get(id).view();
    }

    /** The latest review of each case, optionally of one agency and decided in a period (评查历史查询). */
    @GetMapping("/api/v1/reviews")
    public List<Map<String, Object>> list(@RequestParam(value = "agency", required = false) String agency,
                                          @RequestParam(value = "from", required = false) String from,
                                          @RequestParam(value = "to", required = false) String to) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (StoredReview r : store.pool(agency, from, to)) {
            Map<String, Object> m = summary(r);
            out.add(m);
        }
        return out;
    }

    @GetMapping(path = "/api/v1/reviews/{id}")
    public ResponseEntity<?> get(@PathVariable String id,
                                 @RequestHeader(value = "Accept", required = false) String accept) {
        StoredReview r = find(id);
        if (accept != null && accept.contains(MediaType.APPLICATION_PDF_VALUE)) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                    .body(ReportPdf.document(masking.forCaller(r.report(), ReviewReport.class)));
        }
        if (accept != null && accept.contains(MediaType.TEXT_HTML_VALUE)) {
            return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                    .body(ReportHtml.page(masking.forCaller(r.report(), ReviewReport.class)));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(view(r));
    }

    @PostMapping(path = "/api/v1/reviews/{id}/decisions", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Map<String, Object>> decide(@PathVariable String id, @RequestBody DecisionRequest request) {
        StoredReview r = find(id);
        RuleSet set = ruleSets.get(r.report().ruleSet());
        ReviewDecision d = Decisions.decide(r, set, request.reviewer(),
                request.verdicts() == null ? List.of() : request.verdicts(), request.note());
        StoredReview after = store.decide(id, d);
        return ResponseEntity.created(URI.create("/api/v1/reviews/" + id)).body(view(after));
    }

    @PostMapping(path = "/api/v1/review-plans", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<ReviewPlan> plan(@RequestBody PlanRequest p) {
        ReviewPlan plan = new ReviewPlanner(store).draw(new ReviewPlanner.Criteria(p.agency(), p.from(), p.to(),
                p.count(), p.share(), p.seed(), p.reviewers()));
        return ResponseEntity.status(HttpStatus.CREATED).body(plan);
    }

    @GetMapping("/api/v1/review-stats")
    public Map<String, Object> stats(@RequestParam(value = "by", defaultValue = "kind") String by) {
        return Map.of("by", by, "groups", store.stats(by));
    }

    @GetMapping("/api/v1/rule-sets")
    public List<Map<String, Object>> ruleSets() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (RuleSet s : ruleSets.all()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", s.id());
            m.put("title", s.title());
            m.put("total", s.total());
            m.put("rules", s.rules().size());
            m.put("default", s.id().equals(ruleSets.defaultSet().id()));
            out.add(m);
        }
        return out;
    }

    @GetMapping("/api/v1/rule-sets/{id}")
    public Map<String, Object> ruleSet(@PathVariable String id) {
        RuleSet s = ruleSets.get(id);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("title", s.title());
        m.put("total", s.total());
        m.put("grades", s.grades());
        List<Map<String, Object>> rules = new ArrayList<>();
        for (Rule r : s.rules()) {
            Map<String, Object> rm = new LinkedHashMap<>();
            rm.put("id", r.id());
            rm.put("kind", r.kind().code());
            rm.put("category", r.category());
            rm.put("points", r.points());
            rm.put("veto", r.veto());
            rm.put("check", r.check());
            rm.put("message", r.message());
            rules.add(rm);
        }
        m.put("rules", rules);
        return m;
    }

    private StoredReview find(String id) {
        if (id == null || !id.matches("[0-9a-fA-F-]{1,64}")) {
            throw new IllegalArgumentException("not a review id: " + id);
        }
        return store.find(id).orElseThrow(() -> new NoSuchElementException("no review " + id));
    }

    private static Map<String, Object> summary(StoredReview r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("case", r.caseKey());
        m.put("name", r.report().caseName());
        m.put("agency", r.agency());
        m.put("decided", r.decided());
        m.put("at", r.at().toString());
        m.put("automatedScore", r.report().score());
        m.put("finalScore", r.finalScore());
        m.put("finalGrade", r.decisions().isEmpty() ? r.report().grade() : r.decisions().get(r.decisions().size() - 1).grade());
        m.put("reviewed", !r.decisions().isEmpty());
        return m;
    }

    private static Map<String, Object> view(StoredReview r) {
        Map<String, Object> m = summary(r);
        m.put("report", ReportJson.tree(r.report()));
        m.put("decisions", r.decisions());
        return m;
    }
}
