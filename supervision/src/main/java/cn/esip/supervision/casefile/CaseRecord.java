package cn.esip.supervision.casefile;

import java.util.List;

/**
 * {@code case.json}: the enforcement system's structured export of a case (spec: case-file.md). Every part may be
 * missing; dates stay as written ({@code YYYY-MM-DD}) so that a malformed one is a finding, not a parse failure.
 */
public record CaseRecord(String caseNo, String procedure, Agency agency, Party party, String source, Dates dates,
                         String facts, List<LawRef> violated, List<LawRef> penaltyBasis, Penalty penalty,
                         String discretion, List<Officer> officers, Boolean legalReview) {

    /** The deciding agency. */
    public record Agency(String name, String uscc) {
    }

    /** The party: {@code kind} is organization or person. */
    public record Party(String kind, String name, String uscc, String idNumber, String legalRepresentative,
                        String address) {
    }

    /** The dates of each step, as written. */
    public record Dates(String filed, String inspected, String noticeServed, String hearingRequested, String decided,
                        String decisionServed, String executed) {
    }

    /** A cited provision: article, paragraph (款) and item (项) numbers, null when not given. */
    public record LawRef(String law, Integer article, Integer paragraph, Integer item) {
    }

    /** The penalty decided. */
    public record Penalty(List<String> types, Double fine, Double confiscated) {
    }

    /** An enforcement officer and the number of the certificate. */
    public record Officer(String name, String certNo) {
    }
}
