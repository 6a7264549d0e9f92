package cn.esip.supervision.check;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The fixed vocabulary of checks that rule files may name. */
public final class Checks {

    private static final Map<String, Check> ALL = new LinkedHashMap<>();

    static {
        for (Check c : List.of(new SubjectChecks.AgencyJurisdiction(), new SubjectChecks.OfficersCertified(),
                new SubjectChecks.PartyComplete(), new SubjectChecks.IdCheckDigit(), new LawChecks.EvidenceForFindings(),
                new LawChecks.CitationDepth(), new LawChecks.ProvisionExists(), new LawChecks.ProvisionInForce(),
                new LawChecks.PenaltyTypeAllowed(), new LawChecks.FineInRange(), new LawChecks.OnTheSpotLimit(),
                new ProcedureChecks.StepOrder(), new ProcedureChecks.Deadline(), new ProcedureChecks.HearingNotice(),
                new ProcedureChecks.LegalReview(), new DocumentChecks.DocumentsPresent(), new DocumentChecks.AmountAgreement(),
                new DocumentChecks.DatesValid(), new DocumentChecks.Remedies(), new DocumentChecks.CaseNumberAgreement(),
                new DocumentChecks.SealPresent(), new DocumentChecks.SignaturesPresent())) {
            ALL.put(c.name(), c);
        }
    }

    private Checks() {
    }

    /** The check named {@code name}, or null. */
    public static Check find(String name) {
        return ALL.get(name);
    }

    /** The names of the vocabulary. */
    public static List<String> names() {
        return List.copyOf(ALL.keySet());
    }
}
