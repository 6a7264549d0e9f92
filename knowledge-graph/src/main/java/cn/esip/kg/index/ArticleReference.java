package cn.esip.kg.index;

/**
 * A query that names one article of one law, e.g. 行政处罚法第五十一条 or 《道路交通安全法》第九十一条第二款.
 *
 * @param lawTitle  the law's title as written (without 《》)
 * @param article   article number
 * @param suffix    n of 第N条之n (0: none)
 * @param paragraph paragraph (款) number (0: none)
 * @param item      item (项) number (0: none)
 */
public record ArticleReference(String lawTitle, int article, int suffix, int paragraph, int item) {
}
