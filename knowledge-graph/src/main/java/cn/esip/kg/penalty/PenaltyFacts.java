package cn.esip.kg.penalty;

import java.util.ArrayList;
import java.util.List;

/**
 * What a 法律责任 provision provides, read from its text: the penalty kinds (行政处罚法 第九条 names), whether it
 * orders correction (责令改正, not a penalty), and its fine ranges.
 */
public record PenaltyFacts(List<String> types, boolean corrective, List<PenaltyClause> fines) {

    /** The penalty kinds of 行政处罚法 第九条, in its order (with 行政拘留 and 限制从业). */
    public static final List<String> TYPES = List.of("警告", "通报批评", "罚款", "没收违法所得", "没收非法财物", "暂扣许可证件",
            "降低资质等级", "吊销许可证件", "限制开展生产经营活动", "责令停产停业", "责令关闭", "限制从业", "行政拘留");

    /** The penalty facts of {@code text}, or null when it names no penalty. */
    public static PenaltyFacts of(String text) {
        if (text == null || !PenaltyClauseParser.namesPenalties(text)) {
            return null;
        }
        List<String> types = new ArrayList<>();
        for (String t : TYPES) {
            if (PenaltyClauseParser.provides(text, t)) {
                types.add(t);
            }
        }
        return new PenaltyFacts(types, text.matches("(?s).*责令(?:其)?(?:限期)?改正.*"), PenaltyClauseParser.clauses(text));
    }
}
