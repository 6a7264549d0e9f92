package cn.esip.kg.code;

/** Recognises which kind of code a string is: the one entry point for callers holding a code of any kind. */
public final class Codes {

    private Codes() {
    }

    /** What a code string designates. */
    public enum Kind { LAW, STRUCTURE, PROVISION, VERSION }

    /** The kind of {@code s}; throws IllegalArgumentException when it is no code at all. */
    public static Kind kindOf(String s) {
        if (LawCode.isLawCode(s)) {
            return Kind.LAW;
        }
        if (ProvisionCode.isProvisionCode(s)) {
            return Kind.PROVISION;
        }
        if (StructureCode.isStructureCode(s)) {
            return Kind.STRUCTURE;
        }
        if (s != null && s.length() > LawCode.LENGTH + 1 && s.charAt(LawCode.LENGTH) == '@' && LawCode.isLawCode(s.substring(0, LawCode.LENGTH))) {
            return Kind.VERSION;
        }
        throw new IllegalArgumentException("not a law, provision or version code: " + s);
    }

    /** The law code at the start of any code. */
    public static LawCode lawOf(String s) {
        kindOf(s);
        return LawCode.parse(s.substring(0, LawCode.LENGTH));
    }
}
