package cn.esip.ocr.classify;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The default text classifier: a document's title among its first lines decides; otherwise
 * characteristic phrases of the body are counted.
 */
public final class KeywordDocumentTypeClassifier implements DocumentTypeClassifier {

    private static final Map<DocumentType, List<String>> TITLES = new LinkedHashMap<>();
    private static final Map<DocumentType, List<String>> BODY = new LinkedHashMap<>();

    static {
        TITLES.put(DocumentType.立案审批表, List.of("立案审批表", "立案登记表", "立案审批"));
        TITLES.put(DocumentType.现场检查笔录, List.of("现场检查笔录", "现场检查(勘验)笔录", "勘验笔录", "现场笔录"));
        TITLES.put(DocumentType.陈述申辩笔录, List.of("陈述申辩笔录", "陈述、申辩笔录", "陈述和申辩笔录"));
        TITLES.put(DocumentType.询问笔录, List.of("询问笔录", "调查笔录"));
        TITLES.put(DocumentType.听证告知书, List.of("听证告知书", "听证权利告知书"));
        TITLES.put(DocumentType.行政处罚事先告知书, List.of("行政处罚事先告知书", "事先告知书", "行政处罚告知书"));
        TITLES.put(DocumentType.法制审核意见, List.of("法制审核意见", "法制审核意见书", "法制审核"));
        TITLES.put(DocumentType.行政处罚决定书, List.of("行政处罚决定书", "处罚决定书"));
        TITLES.put(DocumentType.送达回证, List.of("送达回证", "送达回执"));
        TITLES.put(DocumentType.缴款凭证, List.of("缴款书", "缴款凭证", "罚没款收据", "非税收入"));
        TITLES.put(DocumentType.营业执照, List.of("营业执照"));
        TITLES.put(DocumentType.身份证件, List.of("居民身份证", "中华人民共和国居民身份证"));

        BODY.put(DocumentType.立案审批表, List.of("案件来源", "立案依据", "承办人意见", "负责人意见", "同意立案"));
        BODY.put(DocumentType.现场检查笔录, List.of("检查地点", "检查时间", "现场检查情况", "检查人员", "被检查人"));
        BODY.put(DocumentType.询问笔录, List.of("询问时间", "询问地点", "询问人", "被询问人", "问：", "答："));
        BODY.put(DocumentType.行政处罚事先告知书, List.of("拟作出", "陈述、申辩", "陈述和申辩", "逾期视为放弃"));
        BODY.put(DocumentType.听证告知书, List.of("要求听证", "听证的权利", "举行听证", "听证申请"));
        BODY.put(DocumentType.陈述申辩笔录, List.of("陈述申辩人", "陈述申辩意见", "申辩意见"));
        BODY.put(DocumentType.法制审核意见, List.of("审核意见", "法制机构", "审核人", "合法性审核"));
        BODY.put(DocumentType.行政处罚决定书, List.of("决定如下", "作出如下行政处罚", "申请行政复议", "提起行政诉讼", "罚款人民币"));
        BODY.put(DocumentType.送达回证, List.of("送达文书", "送达地点", "送达方式", "受送达人", "送达人"));
        BODY.put(DocumentType.缴款凭证, List.of("缴款人", "收款单位", "金额", "执收单位", "大写"));
        BODY.put(DocumentType.营业执照, List.of("统一社会信用代码", "法定代表人", "经营范围", "注册资本", "成立日期", "登记机关"));
        BODY.put(DocumentType.身份证件, List.of("公民身份号码", "签发机关", "有效期限", "出生", "民族"));
    }

    @Override
    public Optional<TypeGuess> classify(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        List<String> lines = text.lines().map(l -> l.replaceAll("\\s+", "")).filter(l -> !l.isEmpty()).toList();
        for (int i = 0; i < Math.min(6, lines.size()); i++) {
            String l = lines.get(i);
            if (l.length() > 40) {
                continue;
            }
            for (Map.Entry<DocumentType, List<String>> e : TITLES.entrySet()) {
                for (String t : e.getValue()) {
                    if (l.contains(t)) {
                        return Optional.of(new TypeGuess(e.getKey(), 0.95, "title"));
                    }
                }
            }
        }
        String flat = text.replaceAll("\\s+", "");
        DocumentType best = null;
        int bestHits = 0, second = 0;
        for (Map.Entry<DocumentType, List<String>> e : BODY.entrySet()) {
            int hits = 0;
            for (String k : e.getValue()) {
                if (flat.contains(k)) {
                    hits++;
                }
            }
            if (hits > bestHits) {
                second = bestHits;
                bestHits = hits;
                best = e.getKey();
            } else if (hits > second) {
                second = hits;
            }
        }
        if (best == null || bestHits < 2) {
            return Optional.empty();
        }
        double score = Math.min(0.9, 0.4 + 0.1 * bestHits + 0.1 * (bestHits - second));
        return Optional.of(new TypeGuess(best, Math.round(score * 100) / 100.0, "keywords"));
    }
}
