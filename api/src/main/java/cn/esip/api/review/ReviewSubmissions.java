package cn.esip.api.review;

import cn.esip.supervision.casefile.CaseArchive;
import cn.esip.supervision.casefile.CaseFile;
import cn.esip.supervision.casefile.FormatDetector;
import cn.esip.supervision.casefile.UnreadableDocumentException;
import cn.esip.supervision.review.ReviewService;
import cn.esip.supervision.rules.RuleSet;
import cn.esip.supervision.store.DocumentText;
import cn.esip.supervision.store.ReviewStore;
import cn.esip.supervision.store.StoredReview;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Submits a case file for review, the one way for the REST API and the pages: a case file of text documents is
 * reviewed at once; one holding a scan (OCR takes a while) becomes a background job.
 */
@Component
public class ReviewSubmissions {

    /** What a submission gave: the kept review, or the job that will produce it. */
    public record Submitted(StoredReview review, ReviewJobs.Job job) {
    }

    /** A case file as uploaded: its name and its documents (with case.json when sent). */
    public record Upload(String caseName, CaseArchive.Entries entries) {
    }

    /** Most documents in one multipart upload. */
    public static final int MAX_DOCUMENTS = 300;

    private final ReviewService service;
    private final ReviewStore store;
    private final ReviewJobs jobs;

    public ReviewSubmissions(ReviewService service, ReviewStore store, ReviewJobs jobs) {
        this.service = service;
        this.store = store;
        this.jobs = jobs;
    }

    /**
     * Reads an upload: either a ZIP of the case file ({@code zip}) or its documents one by one; the case is named
     * by {@code name}, else by the ZIP's file name.
     */
    public static Upload upload(MultipartFile zip, List<MultipartFile> documents, MultipartFile caseJson, String name)
            throws IOException {
        boolean hasZip = zip != null && !zip.isEmpty();
        boolean hasDocs = documents != null && documents.stream().anyMatch(d -> !d.isEmpty());
        if (hasZip == hasDocs) {
            throw new IllegalArgumentException("send either 'file' (a ZIP of the case file) or one or more 'documents'");
        }
        if (hasZip) {
            String caseName = name != null && !name.isBlank() ? name.strip()
                    : baseName(zip.getOriginalFilename()).replaceFirst("(?i)\\.zip$", "");
            try (InputStream in = zip.getInputStream()) {
                return new Upload(caseName, CaseArchive.entries(caseName, in));
            }
        }
        if (documents.size() > MAX_DOCUMENTS) {
            throw new IllegalArgumentException("at most " + MAX_DOCUMENTS + " documents in one case file");
        }
        String caseName = name != null && !name.isBlank() ? name.strip() : "upload";
        Map<String, byte[]> docs = new LinkedHashMap<>();
        for (MultipartFile d : documents) {
            if (d.isEmpty()) {
                continue;
            }
            String file = baseName(d.getOriginalFilename());
            if (file.isBlank() || file.startsWith(".")) {
                throw new IllegalArgumentException("every document needs a file name");
            }
            if (docs.put(file, d.getBytes()) != null) {
                throw new IllegalArgumentException("two documents named " + file);
            }
        }
        return new Upload(caseName, new CaseArchive.Entries(docs,
                caseJson == null || caseJson.isEmpty() ? null : caseJson.getBytes()));
    }

    private static String baseName(String original) {
        if (original == null) {
            return "";
        }
        String s = original.replace('\\', '/');
        return s.substring(s.lastIndexOf('/') + 1).strip();
    }

    /** Reviews the case file now, or queues it when it holds a scanned document. */
    public Submitted submit(String caseName, CaseArchive.Entries entries, RuleSet set) {
        boolean scanned = entries.documents().values().stream().anyMatch(b -> b != null && FormatDetector.detect(b).paged());
        if (scanned) {
            return new Submitted(null, jobs.submit(caseName, () -> review(caseName, entries, set).id()));
        }
        return new Submitted(review(caseName, entries, set), null);
    }

    /** Queues the case file as a background job whatever it holds (one case of a batch). */
    public ReviewJobs.Job queue(String caseName, CaseArchive.Entries entries, RuleSet set) {
        return jobs.submit(caseName, () -> review(caseName, entries, set).id());
    }

    private StoredReview review(String caseName, CaseArchive.Entries entries, RuleSet set) {
        CaseFile file = service.reader().assemble(caseName, entries.documents(), entries.caseJson());
        if (!file.problems().isEmpty()) {
            // nothing half-reviewed is kept: the caller fixes the case file and sends it again
            throw new UnreadableDocumentException(caseName + ": " + String.join("; ", file.problems()));
        }
        List<DocumentText> texts = file.documents().stream().map(DocumentText::of).toList();
        return store.save(service.review(file, set), texts);
    }
}
