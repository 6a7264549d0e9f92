package cn.esip.nlp.cite;

import java.util.List;

/**
 * Port through which NLP code turns a {@link CitationMention} into provision codes; the law
 * knowledge graph implements it against the laws it knows.
 */
public interface ProvisionResolver {

    /**
     * Resolves {@code mention}.
     *
     * @param citingCode provision code of the citing 款/条 (needed for 本条, 前款, 本法…), or null when the
     *                   mention comes from outside any law (a search query)
     */
    Resolution resolve(CitationMention mention, String citingCode);

    /** Outcome of resolving a mention. */
    enum Outcome {
        /** every target exists */
        RESOLVED,
        /** the named law is not known */
        TARGET_LAW_MISSING,
        /** the law is known but the named provision is not in it */
        TARGET_PROVISION_MISSING
    }

    /**
     * Result of a resolution.
     *
     * @param outcome     what happened
     * @param lawCode     code of the target law when it is known, else null
     * @param targetCodes codes of the target provisions (several for ranges and 前两款), empty unless resolved
     */
    record Resolution(Outcome outcome, String lawCode, List<String> targetCodes) {
        public Resolution {
            targetCodes = targetCodes == null ? List.of() : List.copyOf(targetCodes);
        }

        public boolean resolved() {
            return outcome == Outcome.RESOLVED;
        }
    }
}
