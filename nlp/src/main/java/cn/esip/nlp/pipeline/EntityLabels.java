package cn.esip.nlp.pipeline;

/** Labels of the general and legal entities (the CAIL2022 labels Nh, Ns, NT, NDR, NW are used as they are). */
public final class EntityLabels {

    public static final String PERSON = "PERSON";
    public static final String ORGANIZATION = "ORGANIZATION";
    public static final String PLACE = "PLACE";
    public static final String DATE = "DATE";
    public static final String MONEY = "MONEY";
    public static final String QUANTITY = "QUANTITY";
    public static final String LAW_CITATION = "LAW_CITATION";
    public static final String DOCUMENT_NUMBER = "DOCUMENT_NUMBER";
    public static final String USCC = "USCC";
    public static final String CITIZEN_ID = "CITIZEN_ID";
    public static final String PENALTY_TYPE = "PENALTY_TYPE";
    public static final String OFFICER_CERTIFICATE = "OFFICER_CERTIFICATE";

    private EntityLabels() {
    }
}
