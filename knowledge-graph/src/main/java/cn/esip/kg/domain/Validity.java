package cn.esip.kg.domain;

/** Validity (时效性) of a law version. */
public enum Validity {
    IN_FORCE("有效"),
    AMENDED("已修改"),
    REPEALED("已废止"),
    NOT_YET_EFFECTIVE("尚未生效");

    private final String label;

    Validity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The validity whose Chinese label or enum name is {@code s}. */
    public static Validity parse(String s) {
        for (Validity v : values()) {
            if (v.label.equals(s) || v.name().equalsIgnoreCase(s)) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown validity: " + s);
    }
}
