package cn.esip.nlp.entity;

import cn.esip.nlp.check.CitizenIdValidator;
import cn.esip.nlp.check.UsccValidator;
import cn.esip.nlp.normalize.DateNormalizer;
import cn.esip.nlp.normalize.Match;
import cn.esip.nlp.normalize.MoneyNormalizer;
import cn.esip.nlp.pipeline.Annotator;
import cn.esip.nlp.pipeline.Document;
import cn.esip.nlp.pipeline.Entity;
import cn.esip.nlp.pipeline.EntityLabels;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Entities with a fixed written form: dates (ISO), money (yuan), quantities, document and case numbers
 * (某市监罚〔2024〕15号, （2024）京01行初12号), 统一社会信用代码 and 公民身份号码 (check digit validated: the
 * attribute {@code valid}), penalty types (canonical names of 行政处罚法 art. 9) and officer certificate numbers.
 */
public final class PatternEntityAnnotator implements Annotator {

    private static final Pattern QUANTITY = Pattern.compile(
            "(\\d+(?:\\.\\d+)?|[零〇一二两三四五六七八九十百千万]+)\\s*(千克|公斤|毫克|克|吨|斤|毫升|升|立方米|平方米|公里|千米|米|箱|件|瓶|袋|包|盒|粒|只|头|辆|台|张|份|批次|批)");
    private static final Pattern DOC_NUMBER = Pattern.compile(
            "[\\u4e00-\\u9fa5A-Za-z]{1,16}[〔\\[［【]\\s*\\d{4}\\s*[〕\\]］】]\\s*第?\\s*\\d{1,6}\\s*号"
                    + "|[（(]\\s*\\d{4}\\s*[）)]\\s*[\\u4e00-\\u9fa5\\d]{1,16}?第?\\d{1,6}号");
    private static final Pattern CODE18 = Pattern.compile("(?<![0-9A-Za-z])[0-9A-Za-z]{18}(?![0-9A-Za-z])");
    private static final Pattern CERT = Pattern.compile(
            "(?:执法证(?:件)?(?:号码|编号|号)?|执法证号|执法证编号)\\s*[:：为是]?\\s*([A-Za-z]{0,3}\\d{6,18})");
    private static final Pattern REVOKE = Pattern.compile("(暂扣|吊销)[\\u4e00-\\u9fa5]{0,12}?(许可证件|许可证|执照|证书|资格证|证)");
    private static final Map<String, String> PENALTIES = new LinkedHashMap<>();

    static {
        for (String p : List.of("警告", "通报批评", "罚款", "没收违法所得", "没收非法财物", "降低资质等级", "责令停产停业",
                "责令关闭", "限制开展生产经营活动", "限制从业", "行政拘留")) {
            PENALTIES.put(p, p);
        }
        PENALTIES.put("责令停业", "责令停产停业");
        PENALTIES.put("责令停产", "责令停产停业");
        PENALTIES.put("没收违法生产经营的", "没收非法财物");
    }

    @Override
    public String name() {
        return "patterns";
    }

    @Override
    public void annotate(Document doc) {
        String t = doc.text();
        for (Match m : DateNormalizer.find(t)) {
            doc.addEntity(new Entity(EntityLabels.DATE, m.start(), m.end(), m.text(), 1.0, m.value(), name(), Map.of()));
        }
        for (Match m : MoneyNormalizer.find(t)) {
            doc.addEntity(new Entity(EntityLabels.MONEY, m.start(), m.end(), m.text(), 1.0, m.value(), name(),
                    Map.of("unit", "元")));
        }
        Matcher m = QUANTITY.matcher(t);
        while (m.find()) {
            if (!doc.overlaps(m.start(), m.end(), EntityLabels.DATE, EntityLabels.MONEY)) {
                doc.addEntity(new Entity(EntityLabels.QUANTITY, m.start(), m.end(), m.group(), 1.0,
                        m.group(1) + " " + m.group(2), name(), Map.of("unit", m.group(2))));
            }
        }
        m = DOC_NUMBER.matcher(t);
        while (m.find()) {
            String s = m.group();
            doc.addEntity(new Entity(EntityLabels.DOCUMENT_NUMBER, m.start(), m.end(), s, 1.0,
                    s.replaceAll("\\s+", "").replace('[', '〔').replace(']', '〕'), name(), Map.of()));
        }
        m = CODE18.matcher(t);
        while (m.find()) {
            codes(doc, t, m.start(), m.group());
        }
        m = CERT.matcher(t);
        while (m.find()) {
            doc.addEntity(new Entity(EntityLabels.OFFICER_CERTIFICATE, m.start(1), m.end(1), m.group(1), 0.9,
                    m.group(1).toUpperCase(), name(), Map.of()));
        }
        for (Map.Entry<String, String> p : PENALTIES.entrySet()) {
            int i = t.indexOf(p.getKey());
            while (i >= 0) {
                int end = i + p.getKey().length();
                if (!p.getKey().equals("罚款") || !t.startsWith("罚款额", i)) {
                    doc.addEntity(new Entity(EntityLabels.PENALTY_TYPE, i, end, p.getKey(), 0.9, p.getValue(), name(), Map.of()));
                }
                i = t.indexOf(p.getKey(), end);
            }
        }
        m = REVOKE.matcher(t);
        while (m.find()) {
            String canon = m.group(1) + "许可证件";
            doc.addEntity(new Entity(EntityLabels.PENALTY_TYPE, m.start(), m.end(), m.group(), 0.9, canon, name(), Map.of()));
        }
    }

    /** An 18-character code: a citizen id or a credit code, told apart by context and form; validity recorded. */
    private void codes(Document doc, String t, int start, String code) {
        String before = t.substring(Math.max(0, start - 14), start);
        String upper = code.toUpperCase();
        boolean idForm = upper.matches("\\d{17}[\\dX]") && CitizenIdValidator.birthDate(upper) != null;
        boolean usccForm = upper.chars().allMatch(c -> UsccValidator.CHARSET.indexOf(c) >= 0);
        String label;
        boolean valid;
        if (before.contains("信用代码") || before.contains("注册号") || before.contains("组织机构")) {
            label = EntityLabels.USCC;
            valid = UsccValidator.isValid(upper);
        } else if (before.contains("身份证") || before.contains("身份号码") || before.contains("证件号")) {
            label = EntityLabels.CITIZEN_ID;
            valid = CitizenIdValidator.isValid(upper);
        } else if (CitizenIdValidator.isValid(upper)) {
            label = EntityLabels.CITIZEN_ID;
            valid = true;
        } else if (UsccValidator.isValid(upper)) {
            label = EntityLabels.USCC;
            valid = true;
        } else if (idForm) {
            label = EntityLabels.CITIZEN_ID;
            valid = false;
        } else if (usccForm && !upper.matches("\\d+")) {
            label = EntityLabels.USCC;
            valid = false;
        } else {
            return;
        }
        doc.addEntity(new Entity(label, start, start + code.length(), code, 1.0, upper, name(),
                Map.of("valid", Boolean.toString(valid))));
    }

    @Override
    public java.util.Set<cn.esip.nlp.pipeline.Annotation> requires() {
        return java.util.EnumSet.of(cn.esip.nlp.pipeline.Annotation.NORMALIZED_TEXT);
    }

    @Override
    public java.util.Set<cn.esip.nlp.pipeline.Annotation> produces() {
        return java.util.EnumSet.of(cn.esip.nlp.pipeline.Annotation.PATTERN_ENTITIES);
    }
}
