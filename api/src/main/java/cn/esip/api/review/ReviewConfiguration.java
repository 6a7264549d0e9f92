package cn.esip.api.review;

import cn.esip.api.ocr.ImageServices;
import cn.esip.kg.service.LawKnowledgeBase;
import cn.esip.ocr.engine.EngineUnavailableException;
import cn.esip.supervision.casefile.OcrScanReader;
import cn.esip.supervision.casefile.ScanReader;
import cn.esip.supervision.casefile.UnreadableDocumentException;
import cn.esip.supervision.law.GraphLawBasis;
import cn.esip.supervision.review.ReviewService;
import cn.esip.supervision.rules.RuleSets;
import cn.esip.supervision.store.Neo4jReviewStore;
import cn.esip.supervision.store.ReviewStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.nio.file.Path;

/**
 * Wires 案卷评查: the rule sets (shipped, plus {@code esip.review.rules-dir}), the review service over the law graph
 * and the OCR engines (started only when a case holds a scan), the review store in the same Neo4j graph as the
 * laws, and the background jobs for scanned case files.
 */
@Configuration(proxyBeanMethods = false)
public class ReviewConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(ReviewConfiguration.class);

    @Bean
    RuleSets ruleSets(@Value("${esip.review.rules-dir:}") String rulesDir) {
        return new RuleSets(rulesDir.isBlank() ? null : Path.of(rulesDir));
    }

    @Bean
    ReviewService reviewService(LawKnowledgeBase kb, ImageServices images) {
        ScanReader scans = (data, name) -> {
            OcrScanReader reader;
            try {
                reader = new OcrScanReader(images.ocr(), msg -> {
                    LOG.info("review OCR {}", msg);
                    ReviewJobs.report(msg);
                });
            } catch (EngineUnavailableException e) {
                throw new UnreadableDocumentException(name + ": OCR is not available on this server: " + e.getMessage());
            }
            return reader.read(data, name);
        };
        return new ReviewService(new GraphLawBasis(kb), scans);
    }

    @Bean
    ReviewStore reviewStore(LawKnowledgeBase kb) {
        return new Neo4jReviewStore(() -> kb.graph().driver());
    }

    @Bean(destroyMethod = "close")
    ReviewJobs reviewJobs(@Value("${esip.review.workers:2}") int workers,
                          @Value("${esip.review.max-queued-jobs:20}") int maxQueued,
                          @Value("${esip.review.job-retention-minutes:60}") int retention) {
        return new ReviewJobs(workers, maxQueued, retention);
    }
}
