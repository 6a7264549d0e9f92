package cn.esip.kg.index;

/** Names of the fields of an article document in the law index. */
public final class IndexFields {

    /** provision code of the article (stored, exact) */
    public static final String CODE = "code";
    /** version id {@code lawCode@date} (stored, exact) */
    public static final String VERSION = "version";
    /** law code (stored, exact) */
    public static final String LAW = "law";
    /** law title (stored, analyzed) */
    public static final String TITLE = "title";
    /** short title (stored) */
    public static final String SHORT_TITLE = "shortTitle";
    /** normalised names of the law: title, short title, with and without 中华人民共和国 (exact, multi-valued) */
    public static final String ALIAS = "alias";
    /** effect level label, e.g. 法律 (stored, exact) */
    public static final String LEVEL = "level";
    /** GB/T 2260 region code (stored, exact) */
    public static final String REGION = "region";
    /** validity label, e.g. 有效 (stored, exact) */
    public static final String VALIDITY = "validity";
    /** article number and 之n suffix as five digits, e.g. 00510 (exact) */
    public static final String ARTICLE_KEY = "articleKey";
    /** article label, e.g. 第五十一条 (stored) */
    public static final String ARTICLE = "article";
    /** chapter path, e.g. 第五章 行政处罚的决定 / 第二节 普通程序 (stored, analyzed) */
    public static final String CHAPTER = "chapter";
    /** article text with its paragraphs and items (stored, analyzed with offsets for highlighting) */
    public static final String TEXT = "text";
    /** version date, promulgation and effective dates as epoch days (points + stored) */
    public static final String VERSION_DATE = "versionDate";
    public static final String PROMULGATED = "promulgated";
    public static final String EFFECTIVE = "effective";
    /** first and last epoch day (exclusive) on which this version is in force (points + stored) */
    public static final String VALID_FROM = "validFrom";
    public static final String VALID_TO = "validTo";
    /** article codes (of any law) that the article cites, resolved at import (exact, stored, multi-valued) */
    public static final String CITES = "cites";
    /** {@value #PENALTY_KIND} when the article sets penalties (a 法律责任 provision) (exact, stored) */
    public static final String KIND = "kind";
    public static final String PENALTY_KIND = "penalty";
    /** document order of the article within its version (stored) */
    public static final String ORDINAL = "ordinal";

    private IndexFields() {
    }
}
