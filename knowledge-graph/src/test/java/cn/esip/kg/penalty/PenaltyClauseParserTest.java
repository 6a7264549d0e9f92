package cn.esip.kg.penalty;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PenaltyClauseParserTest {

    @Test
    void fixedRangesInWordsAndFigures() {
        List<PenaltyClause> c = PenaltyClauseParser.clauses("特种设备使用单位有下列行为之一的，责令停止使用有关特种设备，处三万元以上三十万元以下罚款：");
        assertThat(c).singleElement().satisfies(p -> {
            assertThat(p.min()).isEqualByComparingTo("30000");
            assertThat(p.max()).isEqualByComparingTo("300000");
            assertThat(p.base()).isNull();
            assertThat(p.admits(new BigDecimal("350000"), null)).isFalse();
            assertThat(p.admits(new BigDecimal("50000"), null)).isTrue();
        });
        assertThat(PenaltyClauseParser.clauses("由人力资源社会保障行政部门责令限期改正；逾期不改正的，处2万元以上5万元以下的罚款"))
                .singleElement().satisfies(p -> assertThat(p.max()).isEqualByComparingTo("50000"));
        assertThat(PenaltyClauseParser.clauses("处五千元以下的罚款")).singleElement()
                .satisfies(p -> assertThat(p.min()).isNull());
    }

    @Test
    void multiplesOfANamedAmount() {
        List<PenaltyClause> c = PenaltyClauseParser.clauses("由市场监督管理部门责令停止发布广告，处广告费用一倍以上三倍以下的罚款，广告费用无法计算或者明显偏低的，处十万元以上二十万元以下的罚款");
        assertThat(c).hasSize(2);
        assertThat(c.get(0).base()).isEqualTo("广告费用");
        assertThat(c.get(0).admits(new BigDecimal("15000"), new BigDecimal("10000"))).isTrue();
        assertThat(c.get(0).admits(new BigDecimal("15000"), null)).isNull();
        PenaltyClause pct = PenaltyClauseParser.clauses("尚可采取改正措施消除对规划实施的影响的，限期改正，处建设工程造价百分之五以上百分之十以下的罚款").get(0);
        assertThat(pct.base()).contains("造价");
        assertThat(pct.admits(new BigDecimal("35160"), new BigDecimal("586000"))).isTrue();
        assertThat(pct.admits(new BigDecimal("70000"), new BigDecimal("586000"))).isFalse();
    }

    @Test
    void aFloorUnderTheBaseAmount() {
        List<PenaltyClause> c = PenaltyClauseParser.clauses(
                "没收违法生产、销售的药品和违法所得，并处违法生产、销售的药品货值金额十五倍以上三十倍以下的罚款；货值金额不足十万元的，按十万元计算");
        assertThat(c).hasSize(1);
        assertThat(c.get(0).admits(new BigDecimal("1500000"), new BigDecimal("37"))).isTrue();
        assertThat(c.get(0).admits(new BigDecimal("100000"), new BigDecimal("37"))).isFalse();
        List<PenaltyClause> two = PenaltyClauseParser.clauses("生产、销售劣药的，没收违法生产、销售的药品和违法所得，并处违法生产、销售的药品货值金额"
                + "十倍以上二十倍以下的罚款；违法生产、批发的药品货值金额不足十万元的，按十万元计算，违法零售的药品货值金额不足一万元的，按一万元计算；"
                + "情节严重的，责令停产停业整顿");
        assertThat(two).hasSize(1);
        assertThat(two.get(0).admits(new BigDecimal("100000"), new BigDecimal("37"))).as(two.toString()).isTrue();
    }

    @Test
    void penaltyTypesTheTextProvides() {
        String t = "未取得危险化学品经营许可证从事危险化学品经营的，由安全生产监督管理部门责令停止经营活动，没收违法经营的危险化学品以及违法所得，并处10万元以上20万元以下的罚款";
        assertThat(PenaltyClauseParser.provides(t, "没收违法所得")).isTrue();
        assertThat(PenaltyClauseParser.provides(t, "罚款")).isTrue();
        assertThat(PenaltyClauseParser.provides(t, "警告")).isFalse();
        assertThat(PenaltyClauseParser.provides(t, "吊销许可证件")).isFalse();
    }
}
