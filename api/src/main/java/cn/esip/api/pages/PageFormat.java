package cn.esip.api.pages;

import org.springframework.web.util.HtmlUtils;

import java.math.BigDecimal;

/** Formatting the templates call as {@code ${fmt.…}}: snippets with safe highlighting, amounts in yuan. */
public final class PageFormat {

    /** A search snippet escaped for HTML, its {@code <em>} highlights kept (the only markup it may carry). */
    public String snippet(String s) {
        if (s == null) {
            return "";
        }
        return HtmlUtils.htmlEscape(s).replace("&lt;em&gt;", "<mark>").replace("&lt;/em&gt;", "</mark>");
    }

    /** An amount in yuan as a handler reads it (万元 above ten thousand). */
    public String yuan(BigDecimal v) {
        if (v == null) {
            return "—";
        }
        if (v.compareTo(BigDecimal.valueOf(10_000)) >= 0) {
            return v.divide(BigDecimal.valueOf(10_000)).stripTrailingZeros().toPlainString() + " 万元";
        }
        return v.stripTrailingZeros().toPlainString() + " 元";
    }

    /** A fine range in words: 五千元至五万元, or a multiple of its base (违法所得一倍以上五倍以下). */
    public String fine(cn.esip.kg.penalty.PenaltyClause c) {
        if (c == null) {
            return "";
        }
        if (c.base() == null) {
            return (c.min() == null ? "不超过 " : yuan(c.min()) + (c.max() == null ? " 以上" : " 至 "))
                    + (c.max() == null ? "" : yuan(c.max()));
        }
        String lo = c.min() == null ? "" : c.min().stripTrailingZeros().toPlainString();
        String hi = c.max() == null ? "" : c.max().stripTrailingZeros().toPlainString();
        String range = lo.isEmpty() ? "不超过 " + hi : hi.isEmpty() ? lo + " 以上" : lo + "–" + hi;
        return c.base() + "的 " + range + " 倍" + (c.floor() == null ? "" : "（不足 " + yuan(c.floor()) + " 按其计）");
    }

    /** A share as a percentage with no decimals. */
    public String percent(double share) {
        return Math.round(share * 100) + "%";
    }
}
