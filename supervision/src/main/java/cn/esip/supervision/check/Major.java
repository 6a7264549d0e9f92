package cn.esip.supervision.check;

import cn.esip.supervision.document.DocumentType;
import cn.esip.supervision.facts.CaseFacts;
import cn.esip.supervision.facts.Quoted;
import cn.esip.supervision.facts.Step;

import java.math.BigDecimal;
import java.util.List;

/**
 * Whether a decision is major (重大) or qualifies for a hearing, by thresholds from the rule set's parameters
 * ({@code <prefix>Fine.person}, {@code <prefix>Fine.organization}, {@code <prefix>Confiscation.*}); the heavy
 * penalty types always qualify.
 */
final class Major {

    private static final List<String> HEAVY = List.of("吊销许可证件", "责令停产停业", "责令关闭", "限制从业", "降低资质等级", "限制开展生产经营活动");

    private Major() {
    }

    static boolean qualifies(CaseFacts f, CheckContext c, String prefix) {
        boolean person = "person".equals(f.partyKind());
        BigDecimal fineLimit = c.amount(prefix + "Fine." + (person ? "person" : "organization"), person ? 10_000 : 100_000);
        BigDecimal takeLimit = c.amount(prefix + "Confiscation." + (person ? "person" : "organization"), person ? 10_000 : 100_000);
        if (f.fineValue() != null && f.fineValue().compareTo(fineLimit) >= 0) {
            return true;
        }
        if (f.confiscated() != null && f.confiscated().compareTo(takeLimit) >= 0) {
            return true;
        }
        for (Quoted q : f.penaltyTypes()) {
            if (HEAVY.contains(q.value())) {
                return true;
            }
        }
        return false;
    }

    /** True when a hearing was held or asked for. */
    static boolean hearing(CaseFacts f) {
        return f.has(DocumentType.听证笔录) || f.has(DocumentType.听证报告) || f.date(Step.hearingRequested).isPresent();
    }
}
