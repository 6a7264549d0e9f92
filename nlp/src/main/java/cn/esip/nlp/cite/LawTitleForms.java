package cn.esip.nlp.cite;

/** The state prefix of national law titles (中华人民共和国), which titles are cited both with and without. */
public final class LawTitleForms {

    /** The prefix: 中华人民共和国. */
    public static final String PRC = "中华人民共和国";

    private LawTitleForms() {
    }

    /** True when {@code title} starts with the prefix and has more after it. */
    public static boolean hasPrc(String title) {
        return title != null && title.startsWith(PRC) && title.length() > PRC.length();
    }

    /** {@code title} without a leading 中华人民共和国 (unchanged when it has none). */
    public static String withoutPrc(String title) {
        return hasPrc(title) ? title.substring(PRC.length()) : title;
    }

    /** {@code title} with a leading 中华人民共和国. */
    public static String withPrc(String title) {
        return title.startsWith(PRC) ? title : PRC + title;
    }
}
