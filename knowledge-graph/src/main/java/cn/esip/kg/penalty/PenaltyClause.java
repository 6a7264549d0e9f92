package cn.esip.kg.penalty;

import java.math.BigDecimal;

/**
 * One fine range a 法律责任 provision sets: fixed yuan ({@code base} null), or a multiple/percentage of a named
 * amount (违法所得, 货值金额, 广告费用, 工程造价 …). {@code min} or {@code max} is null when open; {@code floor} is the
 * amount the base counts as when it is lower (货值金额不足一万元的，按一万元计算), else null.
 */
public record PenaltyClause(BigDecimal min, BigDecimal max, String base, String text, BigDecimal floor) {

    public PenaltyClause(BigDecimal min, BigDecimal max, String base, String text) {
        this(min, max, base, text, null);
    }

    /** This clause with the base counted as at least {@code floor}. */
    public PenaltyClause withFloor(BigDecimal floor) {
        return new PenaltyClause(min, max, base, text, floor);
    }

    /** True when {@code fine} lies inside the range, with {@code baseAmount} for a multiple (null: unknown). */
    public Boolean admits(BigDecimal fine, BigDecimal baseAmount) {
        BigDecimal lo = min, hi = max;
        if (base != null) {
            if (baseAmount == null) {
                return null;
            }
            if (floor != null && baseAmount.compareTo(floor) < 0) {
                baseAmount = floor;
            }
            lo = lo == null ? null : lo.multiply(baseAmount);
            hi = hi == null ? null : hi.multiply(baseAmount);
        }
        return (lo == null || fine.compareTo(lo) >= 0) && (hi == null || fine.compareTo(hi) <= 0);
    }
}
