package cn.esip.kg.cases;

import java.util.List;

/**
 * A typical case (典型案例) of the corpus's 案例 folder.
 *
 * @param id        its file, relative to the corpus root
 * @param name      the case's name (the file name, e.g. 张莉诉北京合力华通汽车服务有限公司买卖合同纠纷案)
 * @param category  the folder it is filed under (消费购物, 行政协议诉讼 …)
 * @param headline  the rule the case stands for (its first heading)
 * @param facts     its 基本案情, or the start of its text
 * @param cites     provision codes of the articles it cites that the law index holds
 */
public record TypicalCase(String id, String name, String category, String headline, String facts, List<String> cites) {
}
