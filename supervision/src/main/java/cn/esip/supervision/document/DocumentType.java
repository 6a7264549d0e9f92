package cn.esip.supervision.document;

/** The kinds of document (文书) a penalty case file holds, as the review checks know them. */
public enum DocumentType {
    立案审批表, 现场检查笔录, 询问笔录, 证据材料清单, 检测鉴定报告, 责令改正文书, 复查记录, 授权委托书,
    行政处罚事先告知书, 陈述申辩材料, 放弃权利声明, 听证申请书, 听证通知书, 听证笔录, 听证报告,
    法制审核意见书, 集体讨论记录, 处罚决定审批表, 延期审批, 行政处罚决定书, 送达回证, 缴款凭证, 其他;

    /** True for records (笔录) that the party and the officers sign. */
    public boolean isRecord() {
        return this == 现场检查笔录 || this == 询问笔录 || this == 听证笔录 || this == 复查记录;
    }
}
