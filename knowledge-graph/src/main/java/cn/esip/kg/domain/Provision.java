package cn.esip.kg.domain;

/**
 * One unit of a law version: a structural unit (编/分编/章/节) or a provision (条/款/项/目).
 *
 * @param code       provision code per the coding scheme (law code + "/" + digits, or "/P…" for structure)
 * @param level      which level it is
 * @param label      the heading as written, e.g. "第五十一条", "第二款", "（一）", "第三章 法律责任"
 * @param text       own text (for an article: the whole article text; for 款/项/目: their text)
 * @param parentCode code of the enclosing unit, or null at the top
 * @param ordinal    position in document order within the law version (0-based)
 */
public record Provision(String code, ProvisionLevel level, String label, String text,
                        String parentCode, int ordinal) {
}
