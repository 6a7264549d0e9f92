package cn.esip.kg.parse;

/**
 * Counts over a parsed corpus, the figures of the import report.
 *
 * @param files                          corpus files seen (案例 excluded)
 * @param laws                           distinct laws (titles)
 * @param versions                       law versions imported
 * @param numberingGaps                  files with articles whose article numbers are not 1..N without gaps
 * @param filesWithArticles              files in which at least one article was found
 * @param citations                      citation mentions found in provisions
 * @param citationsResolved              mentions resolved to existing provisions (or the named law)
 * @param citationsUnresolvedTargetMissing mentions whose cited law is not in the corpus
 * @param citationsProvisionMissing      mentions whose law is known but the provision is not in it
 * @param wholeLawCitations              of the mentions, those naming a whole law (《某法》 without an article)
 * @param wholeLawResolved               whole-law mentions whose law is in the corpus
 * @param wholeLawTargetMissing          whole-law mentions whose law is not in the corpus
 * @param seconds                        wall time of the parse
 */
public record CorpusStats(int files, int laws, int versions, int articles, int paragraphs, int items, int subitems,
                          int numberingGaps, int filesWithArticles, int citations, int citationsResolved,
                          int citationsUnresolvedTargetMissing, int citationsProvisionMissing,
                          int wholeLawCitations, int wholeLawResolved, int wholeLawTargetMissing, double seconds) {

    /** Share of mentions whose target law is in the corpus that resolved (1.0 when there are none). */
    public double resolutionRate() {
        int known = citations - citationsUnresolvedTargetMissing;
        return known == 0 ? 1.0 : (double) citationsResolved / known;
    }

    /**
     * Like {@link #resolutionRate()} but only over mentions that name a provision (条/款/项, 前款 …),
     * leaving out whole-law mentions, which resolve whenever the law is known.
     */
    public double provisionResolutionRate() {
        int known = (citations - wholeLawCitations) - (citationsUnresolvedTargetMissing - wholeLawTargetMissing);
        return known == 0 ? 1.0 : (double) (citationsResolved - wholeLawResolved) / known;
    }

    /** Share of files with articles that have a numbering gap. */
    public double numberingGapRate() {
        return filesWithArticles == 0 ? 0.0 : (double) numberingGaps / filesWithArticles;
    }
}
