package cn.esip.kg.parse;

import cn.esip.kg.domain.ImportProblem;
import cn.esip.kg.domain.LawRelation;
import cn.esip.kg.domain.LawVersion;

import java.util.List;

/**
 * Everything parsed from a corpus: the law versions (with provisions and resolved citations), the
 * relations between laws, the problems found, and the counts.
 */
public record ParsedCorpus(List<LawVersion> versions, List<LawRelation> relations, List<ImportProblem> problems,
                           CorpusStats stats, LegalTerms terms) {
}
