package cn.esip.kg.view;

import java.util.List;

/**
 * A provision with its law, parent, children, citations out and in, its text in every version of the law, and, for a
 * 法律责任 article, its penalty kinds and fine ranges read from the text (null otherwise).
 */
public record ProvisionView(String code, String versionId, LawSummary law, String level, String label, String text,
                            ProvisionSummary parent, List<ProvisionSummary> children,
                            List<CitationLink> citesOut, List<CitationLink> citedBy,
                            List<ProvisionVersion> versions, cn.esip.kg.penalty.PenaltyFacts penalty) {

    /** The same provision code in one version of the law. */
    public record ProvisionVersion(String versionId, java.time.LocalDate date, String validity, String text) {
    }
}
