package cn.esip.supervision.rules;

/** The fixed list of defect kinds (spec: case-file.md) with the category each belongs to. */
public enum DefectKind {
    SUBJ_AGENCY("主体合法"), SUBJ_OFFICERS("主体合法"), PARTY_INFO("主体合法"), PARTY_ID_INVALID("主体合法"),
    FACT_EVIDENCE("事实与证据"),
    LAW_CITE_MISSING("适用法律"), LAW_CITE_INVALID("适用法律"), LAW_NOT_IN_FORCE("适用法律"), LAW_PENALTY_TYPE("适用法律"),
    LAW_FINE_RANGE("适用法律"),
    PROC_ORDER("程序合法"), PROC_HEARING("程序合法"), PROC_DEADLINE_DECISION("程序合法"), PROC_DEADLINE_SERVICE("程序合法"),
    PROC_LEGAL_REVIEW("程序合法"),
    DOC_MISSING("文书规范"), DOC_AMOUNT_MISMATCH("文书规范"), DOC_DATE_MISMATCH("文书规范"), DOC_REMEDY("文书规范"),
    DOC_CASENO("文书规范"), DOC_SEAL("文书规范"), DOC_SIGNATURE("文书规范");

    private final String category;

    DefectKind(String category) {
        this.category = category;
    }

    /** The spec's category (主体合法, 事实与证据, 适用法律, 程序合法, 文书规范). */
    public String category() {
        return category;
    }

    /** The kind as the spec writes it (SUBJ-AGENCY). */
    public String code() {
        return name().replace('_', '-');
    }

    /** The kind written as in the spec, or null when it is not one. */
    public static DefectKind of(String code) {
        for (DefectKind k : values()) {
            if (k.code().equals(code)) {
                return k;
            }
        }
        return null;
    }
}
