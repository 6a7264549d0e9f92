package cn.esip.supervision.review;

import cn.esip.supervision.casefile.CaseArchive;
import cn.esip.supervision.casefile.CaseFile;
import cn.esip.supervision.casefile.CaseFileReader;
import cn.esip.supervision.casefile.DocumentReader;
import cn.esip.supervision.casefile.ScanReader;
import cn.esip.supervision.law.LawBasis;
import cn.esip.supervision.report.ReviewReport;
import cn.esip.supervision.rules.RuleSet;

import java.io.InputStream;
import java.nio.file.Path;

/** The review as the CLI and REST use it: read a case file (directory or ZIP), review it against a rule set. */
public final class ReviewService {

    private final CaseFileReader reader;
    private final CaseReviewer reviewer;

    public ReviewService(LawBasis law, ScanReader scans) {
        this.reader = new CaseFileReader(new DocumentReader(scans));
        this.reviewer = new CaseReviewer(law);
    }

    /** Reviews the case file in {@code dir}. */
    public ReviewReport review(Path dir, RuleSet rules) {
        return review(reader.read(dir), rules);
    }

    /** Reviews a case file sent as a ZIP archive named {@code name}. */
    public ReviewReport reviewZip(String name, InputStream zip, RuleSet rules) {
        return review(CaseArchive.read(name, zip, -1, reader), rules);
    }

    /** Reviews a case file already read. */
    public ReviewReport review(CaseFile file, RuleSet rules) {
        return reviewer.review(file, rules);
    }

    /** The reader (for callers that assemble uploaded documents themselves). */
    public CaseFileReader reader() {
        return reader;
    }
}
