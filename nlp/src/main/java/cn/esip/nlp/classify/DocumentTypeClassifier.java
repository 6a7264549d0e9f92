package cn.esip.nlp.classify;

/**
 * The type of a case document (立案审批表, 现场检查笔录, 询问笔录, 行政处罚事先告知书, 听证告知书, 陈述申辩笔录,
 * 法制审核意见, 行政处罚决定书, 送达回证, 缴款凭证, the attachments 营业执照 and 身份证件, other) from its
 * content: hand-weighted cues (the form's title, counted more in the first lines, and phrases each form
 * carries), never the file name.
 */
public final class DocumentTypeClassifier extends CueClassifier {

    /** How this classifier was built (shown with every answer). */
    public static final String METHOD = "hand-written weighted cues (title + form phrases), softmax; not trained: no labelled data";

    /** The cue table (class-path resource; registered in models/catalog). */
    public static final String TABLE = "/cn/esip/nlp/classify/document-type-cues.json";

    public DocumentTypeClassifier() {
        super(TABLE, METHOD);
    }
}
