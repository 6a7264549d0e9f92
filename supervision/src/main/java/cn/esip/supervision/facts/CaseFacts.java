package cn.esip.supervision.facts;

import cn.esip.supervision.casefile.CaseFile;
import cn.esip.supervision.casefile.CaseRecord;
import cn.esip.supervision.document.DocumentType;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the review knows about one case: the documents with their types, case.json, and the facts read from the
 * documents (each with its evidence). Where documents and case.json both give a value, both are kept, so that a
 * disagreement becomes a finding rather than a silent choice.
 *
 * @param partyKind        organization or person (null: unknown)
 * @param documentDates    the date of each step as the documents give it
 * @param recordDates      the date of each step as case.json gives it
 * @param impossibleDates  dates written that do not exist (2024年6月31日)
 * @param caseNumbers      every case number (文号) written, with where
 * @param officers         officers named in the documents and case.json: name and certificate number (blank: none)
 * @param identityNumbers  统一社会信用代码 and 公民身份号码 written in the documents or case.json
 * @param violated         provisions the decision says were violated
 * @param penaltyBasis     provisions the decision cites as the basis of the penalty
 * @param penaltyTypes     penalty types the decision imposes (行政处罚法 第九条 names)
 * @param fine             the fine decided (null: none found)
 * @param confiscated      illegal gains or goods confiscated, in yuan (null: none)
 * @param bases            amounts a fine may be a multiple of (违法所得, 货值金额, 广告费用, 工程造价 …) by name
 * @param amountPairs      大写 amounts written with a 小写 beside them
 */
public record CaseFacts(CaseFile file, List<TypedDocument> documents, Optional<CaseRecord> record, String procedure,
                        String partyKind, PartyFacts party, String agency,
                        Map<Step, Dated> documentDates, Map<Step, Dated> recordDates,
                        List<Quoted> impossibleDates, List<Quoted> caseNumbers, List<Officer> officers,
                        List<Quoted> identityNumbers, List<CitedProvision> violated, List<CitedProvision> penaltyBasis,
                        List<Quoted> penaltyTypes, Quoted fine, BigDecimal fineValue, BigDecimal confiscated,
                        Map<String, BigDecimal> bases, List<AmountPair> amountPairs) {

    /** Party details as the decision (else case.json) gives them; each value null when absent. */
    public record PartyFacts(Quoted name, Quoted code, Quoted address, Quoted legalRepresentative) {
    }

    /** An officer as named, with the certificate number written beside the name (blank: none), and where. */
    public record Officer(String name, String certNo, cn.esip.supervision.report.Evidence evidence) {
    }

    /** An amount written in words with its figure: the two values and the quote. */
    public record AmountPair(BigDecimal words, BigDecimal figure, Quoted quote) {
    }

    /** The documents of one type, in file order. */
    public List<TypedDocument> ofType(DocumentType t) {
        return documents.stream().filter(d -> d.type() == t).toList();
    }

    /** The first document of a type. */
    public Optional<TypedDocument> first(DocumentType t) {
        return documents.stream().filter(d -> d.type() == t).findFirst();
    }

    /** The decision (行政处罚决定书), if the file has one. */
    public Optional<TypedDocument> decision() {
        return first(DocumentType.行政处罚决定书);
    }

    /** True when some document of the type is in the file. */
    public boolean has(DocumentType t) {
        return documents.stream().anyMatch(d -> d.type() == t);
    }

    /** Every provision the case cites: the violated ones, then the penalty basis. */
    public List<CitedProvision> cited() {
        List<CitedProvision> all = new java.util.ArrayList<>(violated);
        all.addAll(penaltyBasis);
        return all;
    }

    /** The date of a step: the documents' first, else case.json's. */
    public Optional<Dated> date(Step s) {
        Dated d = documentDates.get(s);
        return Optional.ofNullable(d != null ? d : recordDates.get(s));
    }

    /** An empty step map. */
    static Map<Step, Dated> steps() {
        return new EnumMap<>(Step.class);
    }
}
