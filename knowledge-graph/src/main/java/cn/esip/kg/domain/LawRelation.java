package cn.esip.kg.domain;

/** A relation between laws or law versions: one version supersedes another, or a rule implements a law. */
public record LawRelation(String from, String to, Kind kind) {

    /** Kinds of relation. */
    public enum Kind {
        /** newer version id → older version id of the same law */
        SUPERSEDES,
        /** implementing rule law code → implemented law code */
        IMPLEMENTS
    }
}
