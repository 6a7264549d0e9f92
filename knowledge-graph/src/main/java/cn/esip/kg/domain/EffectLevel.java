package cn.esip.kg.domain;

/** Effect level (效力级别) of a law, with its two-digit code from the coding scheme. */
public enum EffectLevel {
    CONSTITUTION("10", "宪法"),
    LAW("11", "法律"),
    LAW_DECISION("12", "有关法律问题的决定"),
    ADMINISTRATIVE_REGULATION("20", "行政法规"),
    SUPERVISORY_REGULATION("21", "监察法规"),
    DEPARTMENTAL_RULE("30", "部门规章"),
    LOCAL_REGULATION("40", "地方性法规"),
    AUTONOMOUS_REGULATION("41", "自治条例/单行条例"),
    LOCAL_GOVERNMENT_RULE("50", "地方政府规章"),
    JUDICIAL_INTERPRETATION("60", "司法解释"),
    OTHER("90", "其他规范性文件");

    private final String code;
    private final String label;

    EffectLevel(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** True for the rules a region makes (地方性法规, 自治条例/单行条例, 地方政府规章). */
    public boolean isLocal() {
        return this == LOCAL_REGULATION || this == AUTONOMOUS_REGULATION || this == LOCAL_GOVERNMENT_RULE;
    }

    /** True when {@code label} is the label of a local level (false for null or unknown labels). */
    public static boolean isLocalLabel(String label) {
        for (EffectLevel l : values()) {
            if (l.label.equals(label)) {
                return l.isLocal();
            }
        }
        return false;
    }

    /** The level whose two-digit code or Chinese label is {@code s}. */
    public static EffectLevel parse(String s) {
        for (EffectLevel l : values()) {
            if (l.code.equals(s) || l.label.equals(s) || l.name().equalsIgnoreCase(s)) {
                return l;
            }
        }
        throw new IllegalArgumentException("unknown effect level: " + s);
    }
}
