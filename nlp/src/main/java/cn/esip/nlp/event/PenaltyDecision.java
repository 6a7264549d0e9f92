package cn.esip.nlp.event;

import java.math.BigDecimal;
import java.util.List;

/**
 * The event frame of a 行政处罚决定书: who was punished by whom, for what, under which provisions, how,
 * and when. Any field may be null (or empty) when the document does not say it.
 *
 * @param caseNo            the decision's document number (文号)
 * @param party             the party (当事人) as named
 * @param partyId           the party's 统一社会信用代码 or 公民身份号码 as written
 * @param partyIdValid      whether that code's check digit is right (null when there is none)
 * @param agency            the deciding agency
 * @param facts             the violation facts as stated (经查 … up to the legal analysis)
 * @param violated          provisions the party violated (违反《…》第N条), as cited
 * @param penaltyBasis      provisions the penalty is based on (依据《…》第N条 … 决定), as cited
 * @param violatedCodes     provision codes of {@code violated} where a resolver resolved them
 * @param penaltyBasisCodes provision codes of {@code penaltyBasis} where resolved
 * @param penaltyTypes      canonical penalty types imposed (警告, 罚款, 没收违法所得 …)
 * @param fine              the fine in yuan
 * @param confiscated       the illegal gains or goods confiscated, in yuan
 * @param decisionDate      the date of the decision (ISO)
 */
public record PenaltyDecision(String caseNo, String party, String partyId, Boolean partyIdValid, String agency,
                              String facts, List<String> violated, List<String> penaltyBasis,
                              List<String> violatedCodes, List<String> penaltyBasisCodes, List<String> penaltyTypes,
                              BigDecimal fine, BigDecimal confiscated, String decisionDate) {
}
