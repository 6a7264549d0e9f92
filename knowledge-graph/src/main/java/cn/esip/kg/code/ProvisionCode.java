package cn.esip.kg.code;

import cn.esip.kg.domain.ProvisionLevel;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Code of a provision (条/款/项/目): {@code <law code>/<article 4><suffix 1><paragraph 2><item 2><subitem 2>}.
 * Zero in a lower part means "the unit above as a whole"; suffix n stands for 之n.
 */
public record ProvisionCode(LawCode law, int article, int suffix, int paragraph, int item, int subitem) {

    private static final Pattern FORMAT = Pattern.compile("([0-9-]{19})/(\\d{4})(\\d)(\\d{2})(\\d{2})(\\d{2})");

    public ProvisionCode {
        if (law == null) {
            throw new IllegalArgumentException("provision code needs a law code");
        }
        check(article, 1, 9999, "article");
        check(suffix, 0, 9, "article suffix (之n)");
        check(paragraph, 0, 99, "paragraph");
        check(item, 0, 99, "item");
        check(subitem, 0, 99, "subitem");
        if ((paragraph == 0 && item > 0) || (item == 0 && subitem > 0)) {
            throw new IllegalArgumentException("a lower part needs the parts above it");
        }
    }

    private static void check(int v, int min, int max, String what) {
        if (v < min || v > max) {
            throw new IllegalArgumentException(what + " out of range " + min + ".." + max + ": " + v);
        }
    }

    /** The code of article {@code article} (之{@code suffix}) of {@code law}. */
    public static ProvisionCode article(LawCode law, int article, int suffix) {
        return new ProvisionCode(law, article, suffix, 0, 0, 0);
    }

    /** Parses {@code LL-RRRRRR-YYYY-NNNN/AAAASPPIIUU}; throws IllegalArgumentException when malformed. */
    public static ProvisionCode parse(String s) {
        Matcher m = s == null ? null : FORMAT.matcher(s.trim());
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("not a provision code (law code/11 digits): " + s);
        }
        return new ProvisionCode(LawCode.parse(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6)));
    }

    /** True when {@code s} is a well-formed provision code. */
    public static boolean isProvisionCode(String s) {
        return s != null && FORMAT.matcher(s).matches() && LawCode.isLawCode(s.substring(0, LawCode.LENGTH));
    }

    /** The paragraph {@code n} of this article. */
    public ProvisionCode withParagraph(int n) {
        return new ProvisionCode(law, article, suffix, n, 0, 0);
    }

    /** The item {@code n} of this paragraph. */
    public ProvisionCode withItem(int n) {
        return new ProvisionCode(law, article, suffix, paragraph, n, 0);
    }

    /** The subitem {@code n} of this item. */
    public ProvisionCode withSubitem(int n) {
        return new ProvisionCode(law, article, suffix, paragraph, item, n);
    }

    /** The article this provision belongs to (itself for an article). */
    public ProvisionCode articleCode() {
        return new ProvisionCode(law, article, suffix, 0, 0, 0);
    }

    /** The enclosing 条/款/项, or null for an article. */
    public ProvisionCode parent() {
        if (subitem > 0) {
            return new ProvisionCode(law, article, suffix, paragraph, item, 0);
        }
        if (item > 0) {
            return new ProvisionCode(law, article, suffix, paragraph, 0, 0);
        }
        if (paragraph > 0) {
            return articleCode();
        }
        return null;
    }

    /** Which level the code designates. */
    public ProvisionLevel level() {
        return subitem > 0 ? ProvisionLevel.SUBITEM : item > 0 ? ProvisionLevel.ITEM
                : paragraph > 0 ? ProvisionLevel.PARAGRAPH : ProvisionLevel.ARTICLE;
    }

    /** The code as text, e.g. {@code 11-100000-1996-0003/0005101000}. */
    public String format() {
        StringBuilder sb = new StringBuilder(31).append(law.format()).append('/');
        LawCode.pad(sb, article, 4);
        sb.append((char) ('0' + suffix));
        LawCode.pad(sb, paragraph, 2);
        LawCode.pad(sb, item, 2);
        LawCode.pad(sb, subitem, 2);
        return sb.toString();
    }

    @Override
    public String toString() {
        return format();
    }
}
