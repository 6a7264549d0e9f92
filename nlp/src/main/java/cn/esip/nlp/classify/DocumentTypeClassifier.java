package cn.esip.nlp.classify;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The type of a case document (立案审批表, 现场检查笔录, 询问笔录, 行政处罚事先告知书, 听证告知书, 陈述申辩笔录,
 * 法制审核意见, 行政处罚决定书, 送达回证, 缴款凭证, other) from its content: hand-weighted cues (the form's
 * title, counted more in the first lines, and phrases each form carries), never the file name.
 */
public final class DocumentTypeClassifier extends CueClassifier {

    /** How this classifier was built (shown with every answer). */
    public static final String METHOD = "hand-written weighted cues (title + form phrases), softmax; not trained: no labelled data";

    public DocumentTypeClassifier() {
        super(table(), 2.0, 3.0, 40, METHOD);
    }

    private static Map<String, Map<String, Double>> table() {
        Map<String, Map<String, Double>> m = new LinkedHashMap<>();
        m.put("立案审批表", cues("立案审批表:4", "立案审批:3", "案件来源:1.5", "同意立案:2", "立案依据:1.5",
                "承办人意见:1", "审批意见:1", "予以立案:1.5", "案由:0.5"));
        m.put("现场检查笔录", cues("现场检查笔录:4", "检查笔录:3", "现场检查情况:2", "检查地点:1.2", "检查时间:1.2",
                "被检查人:1.5", "检查人员:1", "现场检查:1", "出示执法证件:0.8"));
        m.put("询问笔录", cues("询问笔录:4", "被询问人:2", "询问人:1.2", "问：:0.8", "答：:0.8", "询问时间:1.2",
                "询问地点:1.2", "以上笔录:0.5"));
        m.put("行政处罚事先告知书", cues("事先告知书:4", "行政处罚告知书:3", "事先告知:2", "拟作出:1.5", "拟对你:1.2",
                "陈述、申辩:1.2", "陈述和申辩:1.2", "告知如下:1", "逾期视为放弃:1"));
        m.put("听证告知书", cues("听证告知书:4", "听证告知:3", "要求听证:1.5", "听证的权利:1.5", "申请听证:1.5",
                "组织听证:1"));
        m.put("陈述申辩笔录", cues("陈述申辩笔录:4", "陈述申辩:2", "申辩意见:1.5", "陈述意见:1.2", "申辩人:1.5",
                "复核意见:0.8"));
        m.put("法制审核意见", cues("法制审核:4", "审核意见:2", "法制机构:1.5", "审核人:1.2", "审核结论:1.5",
                "合法性审核:1.5", "重大执法决定:1"));
        m.put("行政处罚决定书", cues("行政处罚决定书:4", "处罚决定书:3", "决定如下:2", "作出如下:1", "申请行政复议:1.2",
                "提起行政诉讼:1.2", "六十日内:0.8", "六个月内:0.8", "十五日内:0.6", "缴纳罚款:0.8", "到期不缴纳:1"));
        m.put("送达回证", cues("送达回证:4", "受送达人:2", "送达人:1.2", "送达方式:1.5", "送达地点:1.5", "送达文书:1.5",
                "签收:0.8", "留置送达:1"));
        m.put("缴款凭证", cues("缴款凭证:4", "缴款书:3", "非税收入:2", "缴款人:1.5", "收款人:1", "收款单位:1.2",
                "票据号:1.2", "执收单位:1.5", "缴款码:1"));
        return m;
    }
}
