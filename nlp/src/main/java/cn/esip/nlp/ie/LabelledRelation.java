package cn.esip.nlp.ie;

/** One CAIL2022 relation mention between two entity mentions, named by start offset and text. */
public record LabelledRelation(int headStart, String headText, int tailStart, String tailText, String label) {

    /** The label CAIL uses for "no relation". */
    public static final String NONE = "NA";
}
