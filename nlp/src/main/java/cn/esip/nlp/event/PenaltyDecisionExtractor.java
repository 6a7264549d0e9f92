package cn.esip.nlp.event;

import cn.esip.nlp.pipeline.Document;
import cn.esip.nlp.pipeline.Entity;
import cn.esip.nlp.pipeline.EntityLabels;
import cn.esip.nlp.pipeline.Sentence;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills a {@link PenaltyDecision} from an annotated document (entities of the pattern, citation and
 * named-entity annotators): the party after 当事人, the agency from the header or signature, facts from 经查
 * to the legal analysis, citations split by the sentence's verb (违反 → violated; 依据/根据/依照 … 决定/处 →
 * basis), penalty types and amounts from the decision part, and the last date as the decision date.
 */
public final class PenaltyDecisionExtractor {

    private static final Pattern PARTY = Pattern.compile("(?:当事人|被处罚人|被处罚单位)(?:名称|姓名)?\\s*[:：]\\s*([^\\n，,。；;（(]{2,40})");
    private static final Pattern AGENCY = Pattern.compile("[\\u4e00-\\u9fa5]{2,30}?(?:监督管理局|管理局|执法局|公安局|分局|人民政府|委员会|卫生健康局|应急管理局|税务局|生态环境局|交通运输局|农业农村局|自然资源局|文化和旅游局|住房和城乡建设局|人力资源和社会保障局|消防救援支队|消防救援大队|局)");
    private static final Pattern FACTS = Pattern.compile("(?:经查|现查明|违法事实[:：]?|查明)[，,:：]?(.{10,2000}?)(?=(?:上述事实|以上事实|上述违法事实|以上违法事实|有下列证据|主要证据|本局认为|本机关认为|你(?:单位)?的(?:上述)?行为|当事人的(?:上述)?行为|其行为违反)|$)", Pattern.DOTALL);

    public PenaltyDecision extract(Document doc) {
        String t = doc.text();
        String caseNo = first(doc, EntityLabels.DOCUMENT_NUMBER);
        String party = null;
        Matcher m = PARTY.matcher(t);
        if (m.find()) {
            party = m.group(1).strip();
        }
        String partyId = null;
        Boolean partyIdValid = null;
        for (Entity e : doc.entities(EntityLabels.USCC, EntityLabels.CITIZEN_ID)) {
            partyId = e.text();
            partyIdValid = Boolean.valueOf(e.attributes().get("valid"));
            break;
        }
        String agency = agency(t);
        String facts = null;
        m = FACTS.matcher(t);
        if (m.find()) {
            facts = m.group(1).strip();
        }
        List<String> violated = new ArrayList<>();
        List<String> basis = new ArrayList<>();
        List<String> violatedCodes = new ArrayList<>();
        List<String> basisCodes = new ArrayList<>();
        int decisionStart = decisionStart(t);
        for (Entity c : doc.entities(EntityLabels.LAW_CITATION)) {
            String clause = clauseBefore(t, c.start());
            boolean isBasis = (clause.contains("依据") || clause.contains("根据") || clause.contains("依照")
                    || clause.contains("按照")) && !clause.contains("违反");
            String cited = c.attributes().containsKey("titleFromContext")
                    ? "《" + c.attributes().get("lawTitle") + "》" + c.text() : c.text();
            if (clause.contains("违反") && !isBasis) {
                violated.add(cited);
                if (c.value() != null) {
                    violatedCodes.add(c.value());
                }
            } else if (isBasis) {
                basis.add(cited);
                if (c.value() != null) {
                    basisCodes.add(c.value());
                }
            }
        }
        Set<String> types = new LinkedHashSet<>();
        for (Entity p : doc.entities(EntityLabels.PENALTY_TYPE)) {
            if (p.start() >= decisionStart) {
                types.add(p.value());
            }
        }
        BigDecimal fine = amountAfter(doc, t, decisionStart, "罚款");
        BigDecimal confiscated = amountAfter(doc, t, decisionStart, "没收违法所得");
        if (confiscated == null) {
            confiscated = amountAfter(doc, t, decisionStart, "没收");
        }
        String date = null;
        List<Entity> dates = doc.entities(EntityLabels.DATE);
        if (!dates.isEmpty()) {
            date = dates.get(dates.size() - 1).value();
        }
        return new PenaltyDecision(caseNo, party, partyId, partyIdValid, agency, facts, violated, basis,
                violatedCodes, basisCodes, List.copyOf(types), fine, confiscated, date);
    }

    private static String first(Document doc, String label) {
        List<Entity> e = doc.entities(label);
        return e.isEmpty() ? null : e.get(0).value();
    }

    /** The agency named in the first lines (the document header), else in the last lines (the signature). */
    private static String agency(String t) {
        String head = t.substring(0, Math.min(t.length(), 80));
        Matcher m = AGENCY.matcher(head);
        if (m.find()) {
            return m.group();
        }
        String tail = t.substring(Math.max(0, t.length() - 120));
        m = AGENCY.matcher(tail);
        String last = null;
        while (m.find()) {
            last = m.group();
        }
        return last;
    }

    /** Where the decision part starts (决定如下 / 决定：/ 作出如下), else the text's start. */
    private static int decisionStart(String t) {
        for (String k : List.of("决定如下", "作出如下", "决定：", "决定:", "处罚如下", "决定对当事人", "决定给予", "责令当事人")) {
            int i = t.indexOf(k);
            if (i >= 0) {
                return Math.max(0, i - 60);
            }
        }
        return 0;
    }

    /** Text from the start of the clause containing {@code pos} up to it. */
    private static String clauseBefore(String t, int pos) {
        int s = pos;
        while (s > 0 && "。；;\n".indexOf(t.charAt(s - 1)) < 0) {
            s--;
        }
        return t.substring(s, pos);
    }

    /** The first amount of money within 30 characters after {@code keyword} in the decision part. */
    private static BigDecimal amountAfter(Document doc, String t, int from, String keyword) {
        int i = t.indexOf(keyword, from);
        while (i >= 0) {
            int end = i + keyword.length();
            for (Entity e : doc.entities(EntityLabels.MONEY)) {
                if (e.start() >= end && e.start() <= end + 30) {
                    return new BigDecimal(e.value());
                }
            }
            i = t.indexOf(keyword, end);
        }
        return null;
    }
}
