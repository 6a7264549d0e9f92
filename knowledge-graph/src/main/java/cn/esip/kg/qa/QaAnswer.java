package cn.esip.kg.qa;

import java.util.List;

/**
 * The answer to a question: a sentence quoted from an article with its citation, or an abstention with the nearest
 * articles.
 *
 * @param answer     the quoted sentence, or {@link LawQa#ABSTAIN} when the evidence is weak
 * @param abstained  true when no reliable basis was found
 * @param confidence how well the best sentence covers the question's words (0..1)
 * @param citations  the article the answer is quoted from (first), or, on abstention, the nearest articles
 * @param mode       the search mode that found the articles
 */
public record QaAnswer(String question, String answer, boolean abstained, double confidence,
                       List<AnswerCitation> citations, String mode) {
}
