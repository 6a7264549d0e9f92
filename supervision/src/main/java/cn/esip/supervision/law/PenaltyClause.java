package cn.esip.supervision.law;

import java.math.BigDecimal;

/**
 * One fine range a 法律责任 provision sets: fixed yuan ({@code base} null), or a multiple/percentage of a named
 * amount (违法所得, 货值金额, 广告费用, 工程造价 …). {@code min} or {@code max} is null when open.
 */
public record PenaltyClause(BigDecimal min, BigDecimal max, String base, String text) {

    /** True when {@code fine} lies inside the range, with {@code baseAmount} for a multiple (null: unknown). */
    public Boolean admits(BigDecimal fine, BigDecimal baseAmount) {
        BigDecimal lo = min, hi = max;
        if (base != null) {
            if (baseAmount == null) {
                return null;
            }
            lo = lo == null ? null : lo.multiply(baseAmount);
            hi = hi == null ? null : hi.multiply(baseAmount);
        }
        return (lo == null || fine.compareTo(lo) >= 0) && (hi == null || fine.compareTo(hi) <= 0);
    }
}
