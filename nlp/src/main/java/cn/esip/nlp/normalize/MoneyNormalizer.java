package cn.esip.nlp.normalize;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds amounts of money and normalises them to yuan: Arabic (12,500.50元, 1.2万元, ￥300), Chinese and
 * financial 大写 (壹万贰仟伍佰元整, 三千元, 伍拾元零伍角), with 角 and 分.
 */
public final class MoneyNormalizer {

    private static final String CN = "零〇○一二两三四五六七八九十百千万萬亿壹贰叁肆伍陆柒捌玖拾佰仟";
    private static final String CN_DIGIT = "零〇一二两三四五六七八九壹贰叁肆伍陆柒捌玖";
    private static final Pattern ARABIC = Pattern.compile(
            "(?:人民币|RMB|[¥￥])?\\s*(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)\\s*(万|亿)?\\s*(元|圆|块)"
                    + "(?:(\\d)角)?(?:(\\d)分)?");
    private static final Pattern SYMBOL = Pattern.compile(
            "[¥￥]\\s*(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(万|亿)?(?!\\s*[元圆块\\d])");
    private static final Pattern CHINESE = Pattern.compile(
            "(?:人民币)?(?:([" + CN + "]+)[元圆])?(?:零?([" + CN_DIGIT + "])角)?(?:零?([" + CN_DIGIT + "])分)?整?");

    private MoneyNormalizer() {
    }

    /** All amounts in {@code text}, left to right, non-overlapping; value = yuan as a plain decimal string. */
    public static List<Match> find(String text) {
        List<Match> out = new ArrayList<>();
        boolean[] used = new boolean[text.length()];
        Matcher m = ARABIC.matcher(text);
        while (m.find()) {
            BigDecimal v = new BigDecimal(m.group(1).replace(",", ""));
            v = scale(v, m.group(2));
            v = v.add(jiaoFen(m.group(4), m.group(5)));
            add(out, used, text, m.start(), m.end(), v);
        }
        m = SYMBOL.matcher(text);
        while (m.find()) {
            add(out, used, text, m.start(), m.end(), scale(new BigDecimal(m.group(1).replace(",", "")), m.group(2)));
        }
        m = CHINESE.matcher(text);
        while (m.find()) {
            if (m.end() == m.start() || (m.group(1) == null && m.group(2) == null && m.group(3) == null)) {
                continue;
            }
            BigDecimal yuan = m.group(1) == null ? BigDecimal.ZERO : AmountNumerals.parseChinese(m.group(1));
            if (yuan == null) {
                continue;
            }
            BigDecimal v = yuan.add(jiaoFen(m.group(2), m.group(3)));
            int start = m.start();
            // a bare "X角"/"X分" inside a longer word is not money
            if (m.group(1) == null && m.group(2) == null) {
                continue;
            }
            add(out, used, text, start, m.end(), v);
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /** The value in yuan of a text that is exactly one amount; throws IllegalArgumentException otherwise. */
    public static BigDecimal parse(String amount) {
        String s = amount == null ? "" : amount.strip();
        List<Match> found = find(s);
        if (found.size() != 1 || found.get(0).start() != 0 || found.get(0).end() != s.length()) {
            throw new IllegalArgumentException("not an amount of money: '" + amount + "'");
        }
        return new BigDecimal(found.get(0).value());
    }

    private static BigDecimal scale(BigDecimal v, String unit) {
        if ("万".equals(unit)) {
            return v.multiply(BigDecimal.valueOf(10_000));
        }
        if ("亿".equals(unit)) {
            return v.multiply(BigDecimal.valueOf(100_000_000));
        }
        return v;
    }

    private static BigDecimal jiaoFen(String jiao, String fen) {
        BigDecimal v = BigDecimal.ZERO;
        if (jiao != null) {
            v = v.add(BigDecimal.valueOf(AmountNumerals.digit(jiao.charAt(0))).movePointLeft(1));
        }
        if (fen != null) {
            v = v.add(BigDecimal.valueOf(AmountNumerals.digit(fen.charAt(0))).movePointLeft(2));
        }
        return v;
    }

    private static void add(List<Match> out, boolean[] used, String text, int start, int end, BigDecimal v) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        for (int i = start; i < end; i++) {
            if (used[i]) {
                return;
            }
        }
        for (int i = start; i < end; i++) {
            used[i] = true;
        }
        BigDecimal n = v.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        out.add(new Match(start, end, text.substring(start, end), n.scale() < 0 ? n.setScale(0).toPlainString()
                : n.toPlainString()));
    }
}
