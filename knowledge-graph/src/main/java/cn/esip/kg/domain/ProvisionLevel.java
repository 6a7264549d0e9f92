package cn.esip.kg.domain;

/** The structural level of a provision, from 编 down to 目. */
public enum ProvisionLevel {
    PART("编"), SUBPART("分编"), CHAPTER("章"), SECTION("节"),
    ARTICLE("条"), PARAGRAPH("款"), ITEM("项"), SUBITEM("目");

    private final String label;

    ProvisionLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** True for 编/分编/章/节, the units that group articles. */
    public boolean isStructural() {
        return ordinal() < ARTICLE.ordinal();
    }
}
