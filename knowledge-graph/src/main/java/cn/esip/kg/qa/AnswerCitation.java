package cn.esip.kg.qa;

/**
 * The article an answer is taken from, and the words quoted from it.
 *
 * @param title         the law's title
 * @param article       the article's label, e.g. 第二十二条
 * @param articleNumber N of 第N条
 * @param provisionCode the article's provision code
 * @param versionId     the law version
 * @param quote         the sentence of the article that answers (verbatim)
 */
public record AnswerCitation(String title, String article, int articleNumber, String provisionCode, String versionId,
                             String quote) {
}
