package cn.esip.kg.domain;

/**
 * A citation made inside a provision.
 *
 * @param fromCode        code of the citing provision
 * @param text            the citation as written, e.g. "《中华人民共和国食品安全法》第三十四条"
 * @param targetLawTitle  title of the cited law as written (null for citations within the same law)
 * @param targetCode      resolved provision (or law) code, null when unresolved
 * @param status          resolution outcome
 */
public record Citation(String fromCode, String text, String targetLawTitle, String targetCode, Status status) {

    /** Outcome of resolving a citation. */
    public enum Status {
        /** resolved to an existing provision */
        RESOLVED,
        /** the cited law is not in the corpus */
        TARGET_LAW_MISSING,
        /** the cited law is known but the provision does not exist in it */
        TARGET_PROVISION_MISSING
    }

    public boolean resolved() {
        return status == Status.RESOLVED;
    }
}
