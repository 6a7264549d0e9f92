package cn.esip.kg.penalty;

import cn.esip.nlp.normalize.MoneyNormalizer;
import cn.esip.nlp.text.ChineseNumerals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the fine ranges and penalty types out of the text of a 法律责任 provision: "处二千元以上二万元以下罚款",
 * "处五万元以下的罚款", "处违法所得一倍以上五倍以下罚款", "处建设工程造价百分之五以上百分之十以下的罚款".
 */
public final class PenaltyClauseParser {

    private static final String AMT = "[零〇一二三四五六七八九十百千万两\\d,，.]+万?元";
    private static final String MUL = "(?:[零〇一二三四五六七八九十百千两\\d.]+倍|百分之[零〇一二三四五六七八九十百点\\d.]+|[\\d.]+%)";
    private static final Pattern FIXED = Pattern.compile("(?:处|并处|可以处|可处|给予)?(?:(" + AMT + ")以上)?(" + AMT + ")以下(?:的)?罚款");
    private static final Pattern FIXED_MIN = Pattern.compile("处(" + AMT + ")以上(?:的)?罚款");
    /** 处五千元罚款: one amount. */
    private static final Pattern FIXED_ONE = Pattern.compile("(?:处|并处|处以|可以处|可处)(" + AMT + ")(?:的)?罚款");
    private static final String BASE = "(违法所得|货值金额|货值|广告费用|工程造价|建设工程造价|造价|销售金额|违法收入|营业额|合同价款|应缴[^，。；]{0,6}"
            + "|[^，。；处以]{1,10}?(?:金额|价款|费用|税款|所得|收入|价值|工资|资金|数额))";
    private static final Pattern MULTIPLE = Pattern.compile(
            BASE + "[^，。；]{0,6}?(?:(" + MUL + ")以上)?(" + MUL + ")以下(?:的)?罚款");
    /** 处上一年年收入百分之四十的罚款, 处应缴费用二倍罚款: one multiple. */
    private static final Pattern MULTIPLE_ONE = Pattern.compile(BASE + "(?:的)?(" + MUL + ")(?:的)?罚款");
    private static final Pattern FLOOR = Pattern.compile("(违法所得|货值金额|货值|销售金额|违法收入)(?:不足|不满|低于)(" + AMT + ")的，(?:按|以)(" + AMT + ")计");
    private static final Pattern TYPE_CUES = Pattern.compile(
            "警告|通报批评|罚款|没收(违法|非法)所得|没收非法财物|没收[^，。；]{0,10}(工具|物品|设备|财物|产品|商品|食品)|暂扣|吊销|降低资质等级|"
                    + "限制开展生产经营活动|责令停产停业|停业整顿|责令关闭|限制从业|拘留|不得[^，。；]{0,10}(从事|担任)");

    private static final Pattern SETS_PENALTIES = Pattern.compile(
            "(?:处|并处|给予|予以)[^。；]{0,40}?(?:罚款|警告|拘留|通报批评)|没收违法所得|没收[^。；]{0,20}(?:非法财物|工具|设备|物品)"
                    + "|吊销[^。；]{0,20}(?:许可证|执照|证书|资格|资质)|责令停产停业|暂扣[^。；]{0,10}(?:许可证|执照|驾驶证)");

    /**
     * True when an article sets penalties (a 法律责任 provision, as the search index marks it): it imposes one
     * (处…罚款, 没收违法所得, 吊销…许可证 …) or, under a 法律责任 chapter, punishes a breach (违反…).
     */
    public static boolean setsPenalties(String chapter, String text) {
        return SETS_PENALTIES.matcher(text).find() || (chapter.contains("法律责任") && text.contains("违反"));
    }

    private PenaltyClauseParser() {
    }

    /** The fine ranges in {@code text}, in order. */
    public static List<PenaltyClause> clauses(String text) {
        List<PenaltyClause> out = new ArrayList<>();
        String t = text.replaceAll("\\s+", "");
        Matcher m = MULTIPLE.matcher(t);
        boolean[] used = new boolean[t.length()];
        while (m.find()) {
            BigDecimal lo = m.group(2) == null ? null : multiple(m.group(2));
            BigDecimal hi = multiple(m.group(3));
            if (hi != null) {
                PenaltyClause c = new PenaltyClause(lo, hi, m.group(1), m.group());
                // several floors (批发 十万元, 零售 一万元): the lowest, so that no lawful fine is called out of range
                BigDecimal lowest = null;
                Matcher f = FLOOR.matcher(t);
                while (f.find()) {
                    if (m.group(1).contains(f.group(1)) || f.group(1).contains(m.group(1))) {
                        BigDecimal floor = money(f.group(3));
                        if (floor != null && (lowest == null || floor.compareTo(lowest) < 0)) {
                            lowest = floor;
                        }
                        mark(used, f.start(), f.end());
                    }
                }
                if (lowest != null) {
                    c = c.withFloor(lowest);
                }
                out.add(c);
                mark(used, m.start(), m.end());
            }
        }
        m = MULTIPLE_ONE.matcher(t);
        while (m.find()) {
            if (used[m.start(2)]) {
                continue;
            }
            BigDecimal v = multiple(m.group(2));
            if (v != null) {
                out.add(new PenaltyClause(v, v, m.group(1), m.group()));
                mark(used, m.start(), m.end());
            }
        }
        m = FIXED.matcher(t);
        while (m.find()) {
            if (used[m.start()]) {
                continue;
            }
            BigDecimal lo = m.group(1) == null ? null : money(m.group(1));
            BigDecimal hi = money(m.group(2));
            if (hi != null) {
                out.add(new PenaltyClause(lo, hi, null, m.group()));
                mark(used, m.start(), m.end());
            }
        }
        m = FIXED_MIN.matcher(t);
        while (m.find()) {
            if (!used[m.start()]) {
                BigDecimal lo = money(m.group(1));
                if (lo != null) {
                    out.add(new PenaltyClause(lo, null, null, m.group()));
                    mark(used, m.start(), m.end());
                }
            }
        }
        m = FIXED_ONE.matcher(t);
        while (m.find()) {
            if (!used[m.start(1)]) {
                BigDecimal v = money(m.group(1));
                if (v != null) {
                    out.add(new PenaltyClause(v, v, null, m.group()));
                }
            }
        }
        return out;
    }

    /** True when the provision text provides the penalty type (行政处罚法 第九条 name). */
    public static boolean provides(String text, String type) {
        String t = text.replaceAll("\\s+", "");
        return switch (type) {
            case "罚款" -> t.contains("罚款");
            case "警告" -> t.contains("警告");
            case "通报批评" -> t.contains("通报批评");
            case "没收违法所得" -> t.matches("(?s).*没收[^，。；]{0,20}(违法|非法)(所得|收入).*");
            case "没收非法财物" -> t.matches("(?s).*没收[^，。；]{0,20}(财物|工具|物品|设备|产品|商品|食品|原料|器材|药品|车辆|建筑物|设施"
                    + "|实物|种子|农药|兽药|饲料|犬只|犬|种苗|器械|用具|材料|包装物|标签|渔具|猎获物|林木|木材|烟草|卷烟|出版物|制品).*");
            case "暂扣许可证件" -> t.matches("(?s).*暂扣(?!车辆|犬|其犬|运输工具|物品)[^，。；]{0,12}(证|照|资格).*") || t.contains("暂停资格");
            case "吊销许可证件" -> t.contains("吊销");
            case "降低资质等级" -> t.contains("降低资质");
            case "限制开展生产经营活动" -> t.contains("限制开展生产经营") || t.matches("(?s).*(暂停相关业务|停止相关业务|限制生产|限制承接|暂停[^，。；]{0,6}业务).*");
            case "责令停产停业" -> t.contains("停产停业") || t.contains("停业整顿") || t.contains("责令停业");
            case "责令关闭" -> t.contains("关闭");
            case "限制从业" -> t.contains("从业") || t.matches("(?s).*不得[^，。；]{0,10}(从事|担任).*");
            case "行政拘留" -> t.contains("拘留");
            default -> t.contains(type);
        };
    }

    /** True when the text names any penalty at all (so its absence from a cited provision is meaningful). */
    public static boolean namesPenalties(String text) {
        return TYPE_CUES.matcher(text.replaceAll("\\s+", "")).find();
    }

    private static void mark(boolean[] used, int from, int to) {
        for (int i = from; i < to; i++) {
            used[i] = true;
        }
    }

    static BigDecimal money(String s) {
        try {
            return MoneyNormalizer.parse(s.replace("，", "").replace(",", ""));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static BigDecimal multiple(String s) {
        try {
            if (s.endsWith("倍")) {
                String n = s.substring(0, s.length() - 1);
                return n.matches("[\\d.]+") ? new BigDecimal(n) : BigDecimal.valueOf(ChineseNumerals.parse(n.replace('两', '二')));
            }
            if (s.endsWith("%")) {
                return new BigDecimal(s.substring(0, s.length() - 1)).divide(BigDecimal.valueOf(100), 6, RoundingMode.HALF_UP);
            }
            if (s.startsWith("百分之")) {
                String n = s.substring(3);
                BigDecimal v;
                if (n.matches("[\\d.]+")) {
                    v = new BigDecimal(n);
                } else if (n.contains("点")) {
                    String[] p = n.split("点");
                    v = new BigDecimal(ChineseNumerals.parse(p[0]) + "." + p[1].chars().map(c -> "零一二三四五六七八九".indexOf(c)).collect(StringBuilder::new, StringBuilder::append, StringBuilder::append));
                } else {
                    v = BigDecimal.valueOf(ChineseNumerals.parse(n));
                }
                return v.divide(BigDecimal.valueOf(100), 6, RoundingMode.HALF_UP);
            }
        } catch (RuntimeException e) {
            return null;
        }
        return null;
    }
}
