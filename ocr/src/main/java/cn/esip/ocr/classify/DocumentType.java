package cn.esip.ocr.classify;

/** Page types of a case file: the NLP classifier's document types plus 身份证件, 营业执照, 现场照片 and other. */
public enum DocumentType {
    立案审批表, 现场检查笔录, 询问笔录, 行政处罚事先告知书, 听证告知书, 陈述申辩笔录, 法制审核意见,
    行政处罚决定书, 送达回证, 缴款凭证, 身份证件, 营业执照, 现场照片, other;
}
