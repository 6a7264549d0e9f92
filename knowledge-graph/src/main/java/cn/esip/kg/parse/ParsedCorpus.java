package cn.esip.kg.parse;

import cn.esip.kg.domain.ImportProblem;
import cn.esip.kg.domain.LawRelation;
import cn.esip.kg.domain.LawVersion;

import java.util.List;
import java.util.Map;

/**
 * Everything parsed from a corpus: the law versions (with provisions and resolved citations), the
 * relations between laws, the problems found, and the counts.
 *
 * @param texts full text (全文) of each version after its header, by version id ({@code code@date}); the
 *              only text of versions without articles (修正案, 决定 written as numbered paragraphs)
 */
public record ParsedCorpus(List<LawVersion> versions, List<LawRelation> relations, List<ImportProblem> problems,
                           CorpusStats stats, LegalTerms terms, Map<String, String> texts) {

    /** The full text of version {@code versionId}, or an empty string. */
    public String text(String versionId) {
        return texts.getOrDefault(versionId, "");
    }
}
