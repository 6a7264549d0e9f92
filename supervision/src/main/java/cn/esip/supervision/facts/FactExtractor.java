package cn.esip.supervision.facts;

import cn.esip.nlp.normalize.AmountNumerals;
import cn.esip.nlp.normalize.Match;
import cn.esip.nlp.normalize.MoneyNormalizer;
import cn.esip.supervision.casefile.CaseDocument;
import cn.esip.supervision.casefile.CaseFile;
import cn.esip.supervision.casefile.CaseRecord;
import cn.esip.supervision.document.DocumentType;
import cn.esip.supervision.document.DocumentTypeRecognizer;
import cn.esip.supervision.facts.CaseFacts.PartyFacts;
import cn.esip.supervision.report.Evidence;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the facts of a case from its documents and case.json (see {@link CaseFacts}). */
public final class FactExtractor {

    /** The penalty types of 行政处罚法 第九条 as decisions write them, in the order they are reported. */
    public static final List<String> PENALTY_TYPES = List.of("警告", "通报批评", "罚款", "没收违法所得", "没收非法财物",
            "暂扣许可证件", "降低资质等级", "吊销许可证件", "限制开展生产经营活动", "责令停产停业", "责令关闭", "限制从业", "行政拘留");

    private static final Pattern CASE_NO = Pattern.compile("[\\p{IsHan}A-Za-z]{1,14}[〔\\[［【(（]\\s*(\\d{4})\\s*[〕\\]］】)）]\\s*第?\\s*([0-9０-９]{1,15})\\s*号");
    private static final Pattern USCC = Pattern.compile("(?<![0-9A-Z])([0-9A-HJ-NP-RTUW-Y]{2}\\d{6}[0-9A-HJ-NP-RTUW-Y]{10})(?![0-9A-Z])");
    private static final Pattern CITIZEN_ID = Pattern.compile("(?<!\\d)(\\d{17}[\\dXx])(?![\\dA-Za-z])");
    private static final Pattern OFFICER = Pattern.compile(
            "([\\p{IsHan}·]{2,5})\\s*[（(]\\s*(?:执法证(?:件)?(?:号|编号)?|证号|执法证件号码|行政执法证号)\\s*[:：]?\\s*([A-Za-z0-9\\-]*)\\s*[)）]");
    private static final Pattern WORDS_FIGURE = Pattern.compile(
            "([零壹贰叁肆伍陆柒捌玖拾佰仟万亿〇一二三四五六七八九十百千]+元[零壹贰叁肆伍陆柒捌玖〇一二三四五六七八九角分]*整?)\\s*[（(]\\s*(?:人民币|小写[:：]?)?\\s*[¥￥]?\\s*([0-9][0-9,，]*(?:\\.\\d{1,2})?)\\s*元?\\s*[)）]");
    private static final Pattern PENALTY_SECTION_START = Pattern.compile("(作出|给予|决定)(如下|以下)?(行政)?处罚|处罚(决定)?如下|决定(对当事人)?(作出|给予)");
    private static final Pattern PENALTY_SECTION_END = Pattern.compile("当事人(应当|须|应)(自|于)|如不服|如对本(处罚)?决定不服|逾期不|到期不缴");
    private static final Pattern VIOLATED = Pattern.compile("违反(了)?([^。；]{0,200}?)(的)?(有关|相关)?规定");
    private static final Pattern BASIS = Pattern.compile("(依据|依照|根据|按照)([^。；]{0,200}?《[^。；]{0,200}?)(的)?(有关|相关)?规定[，,]?(?=[^。；]{0,40}(决定|作出|给予|处以|处罚))");
    private static final Map<String, Pattern> BASE_AMOUNTS = new LinkedHashMap<>();

    static {
        BASE_AMOUNTS.put("违法所得", Pattern.compile("违法所得(共计|合计|为|计|金额|总额)?[^。；，,]{0,8}?([0-9][0-9,，.]*\\s*万?元|[零壹贰叁肆伍陆柒捌玖拾佰仟万〇一二三四五六七八九十百千]+元)"));
        BASE_AMOUNTS.put("货值金额", Pattern.compile("货值(金额)?(共计|合计|为|计)?[^。；，,]{0,8}?([0-9][0-9,，.]*\\s*万?元)"));
        BASE_AMOUNTS.put("广告费用", Pattern.compile("广告费(用)?(共计|合计|为|计)?[^。；，,]{0,8}?([0-9][0-9,，.]*\\s*万?元)"));
        BASE_AMOUNTS.put("工程造价", Pattern.compile("(工程)?造价(共计|合计|为|计)?[^。；，,]{0,10}?([0-9][0-9,，.]*\\s*万?元)"));
        BASE_AMOUNTS.put("销售金额", Pattern.compile("(销售|经营)(金额|额|收入)(共计|合计|为|计)?[^。；，,]{0,8}?([0-9][0-9,，.]*\\s*万?元)"));
    }

    private final DocumentTypeRecognizer recognizer;

    public FactExtractor(DocumentTypeRecognizer recognizer) {
        this.recognizer = recognizer;
    }

    public CaseFacts extract(CaseFile file) {
        List<TypedDocument> docs = new ArrayList<>();
        for (CaseDocument d : file.documents()) {
            DocumentTypeRecognizer.Recognition r = recognizer.recognize(d.text());
            DocumentType serves = r.type() == DocumentType.送达回证 ? served(d) : null;
            docs.add(new TypedDocument(d, r.type(), r.confidence(), recognizer.nameAgrees(d.nameTitle(), r.type()), serves));
        }
        Optional<CaseRecord> rec = file.record();
        Optional<TypedDocument> decision = docs.stream().filter(t -> t.type() == DocumentType.行政处罚决定书).findFirst();
        String procedure = rec.map(CaseRecord::procedure).filter(s -> s != null && !s.isBlank())
                .orElse(decision.map(t -> t.document().text().contains("简易程序") || t.document().text().contains("当场") ? "简易程序" : "普通程序").orElse("普通程序"));

        PartyFacts pf = party(decision, rec, docs);
        String kind = rec.map(CaseRecord::party).map(CaseRecord.Party::kind).filter(k -> k != null && !k.isBlank())
                .orElse(pf.code() != null && pf.code().value().length() == 18 && !pf.code().value().matches("\\d{17}[\\dXx]") ? "organization"
                        : pf.code() != null ? "person" : pf.legalRepresentative() != null ? "organization" : null);
        String agency = rec.map(CaseRecord::agency).map(CaseRecord.Agency::name).filter(s -> s != null && !s.isBlank())
                .orElse(decision.map(t -> firstNonBlank(t.document())).orElse(null));

        List<CitedProvision> violated = new ArrayList<>();
        List<CitedProvision> basis = new ArrayList<>();
        List<Quoted> types = new ArrayList<>();
        Quoted fine = null;
        BigDecimal fineValue = null;
        BigDecimal confiscated = null;
        Map<String, BigDecimal> bases = new LinkedHashMap<>();
        if (decision.isPresent()) {
            CaseDocument d = decision.get().document();
            String text = d.text();
            Matcher m = VIOLATED.matcher(text);
            while (m.find()) {
                if (m.group(2).contains("《") || m.group(2).contains("法") || m.group(2).contains("条例")) {
                    CaseDocument.Line l = Texts.lineAt(d, m.start());
                    violated.addAll(CitationExtractor.extract(m.group(), d.fileName(), d.scanned() ? l.page() : 0, l.number()));
                    if (!m.group(2).contains("《")) {
                        violated.add(new CitedProvision(m.group(2).replaceAll("^[了]", "").trim(), null, 0, 0, 0, 0, m.group(), Texts.quote(d, l)));
                    }
                }
            }
            m = BASIS.matcher(text);
            while (m.find()) {
                if (m.group(2).contains("加处罚款") || m.group(2).contains("第七十二条")) {
                    continue;
                }
                CaseDocument.Line l = Texts.lineAt(d, m.start());
                basis.addAll(CitationExtractor.extract(m.group(), d.fileName(), d.scanned() ? l.page() : 0, l.number()));
                break;
            }
            String section = penaltySection(text);
            int sectionAt = text.indexOf(section);
            for (String t : PENALTY_TYPES) {
                int at = typeIndex(section, t);
                if (at >= 0) {
                    CaseDocument.Line l = Texts.lineAt(d, sectionAt + at);
                    types.add(new Quoted(t, Texts.quote(d, l)));
                }
            }
            Matcher f = Pattern.compile("罚款[^。；，,]{0,6}?(人民币)?").matcher(section);
            while (f.find()) {
                List<Match> amounts = MoneyNormalizer.find(section.substring(f.end(), Math.min(section.length(), f.end() + 40)));
                if (!amounts.isEmpty() && amounts.get(0).start() <= 2) {
                    Match a = amounts.get(0);
                    BigDecimal v = new BigDecimal(a.value());
                    // prefer the figure when words and figure are written together
                    Matcher wf = WORDS_FIGURE.matcher(section.substring(f.end(), Math.min(section.length(), f.end() + 60)));
                    if (wf.lookingAt() || (wf.find() && wf.start() <= 2)) {
                        BigDecimal fig = figure(wf.group(2));
                        if (fig != null) {
                            v = fig;
                        }
                    }
                    // a scan's digits are the OCR's weakest part: where case.json agrees with the words or the
                    // figure, that reading is taken
                    Double json = rec.map(CaseRecord::penalty).map(CaseRecord.Penalty::fine).orElse(null);
                    if (d.scanned() && json != null) {
                        BigDecimal jv = BigDecimal.valueOf(json);
                        if (new BigDecimal(a.value()).compareTo(jv) == 0 || v.compareTo(jv) == 0) {
                            v = jv.stripTrailingZeros();
                        }
                    }
                    CaseDocument.Line l = Texts.lineAt(d, sectionAt + f.start());
                    fine = new Quoted(v.toPlainString(), Texts.quote(d, l));
                    fineValue = v;
                    break;
                }
            }
            Matcher c = Pattern.compile("没收(违法所得|非法所得|非法财物)[^。；]{0,6}?").matcher(section);
            if (c.find()) {
                List<Match> amounts = MoneyNormalizer.find(section.substring(c.end(), Math.min(section.length(), c.end() + 40)));
                if (!amounts.isEmpty() && amounts.get(0).start() <= 4) {
                    confiscated = new BigDecimal(amounts.get(0).value());
                }
                Double json = rec.map(CaseRecord::penalty).map(CaseRecord.Penalty::confiscated).orElse(null);
                if (d.scanned() && json != null && json > 0) {
                    confiscated = BigDecimal.valueOf(json);
                }
            }
            for (Map.Entry<String, Pattern> e : BASE_AMOUNTS.entrySet()) {
                Matcher b = e.getValue().matcher(text);
                while (b.find()) {
                    String amount = b.group(b.groupCount());
                    try {
                        BigDecimal v = MoneyNormalizer.parse(amount.replace("，", ",").replaceAll("\\s", ""));
                        bases.putIfAbsent(e.getKey(), v);
                        break;
                    } catch (IllegalArgumentException ignored) {
                        // not an amount after all
                    }
                }
            }
        }
        if (rec.isPresent() && rec.get().penalty() != null) {
            CaseRecord.Penalty p = rec.get().penalty();
            if (types.isEmpty() && p.types() != null) {
                p.types().forEach(t -> types.add(new Quoted(t, Evidence.field("penalty.types"))));
            }
            if (fineValue == null && p.fine() != null && p.fine() > 0) {
                fineValue = BigDecimal.valueOf(p.fine()).stripTrailingZeros();
                fine = new Quoted(fineValue.toPlainString(), Evidence.field("penalty.fine"));
            }
            if (confiscated == null && p.confiscated() != null && p.confiscated() > 0) {
                confiscated = BigDecimal.valueOf(p.confiscated());
            }
        }

        return new CaseFacts(file, docs, rec, procedure, kind, pf, agency, documentDates(docs), recordDates(rec),
                impossibleDates(docs, rec), caseNumbers(docs, rec), officers(docs, rec), identityNumbers(docs, rec),
                violated, basis, types, fine, fineValue, confiscated, bases, amountPairs(docs));
    }

    /** Where a type is imposed in the penalty section (not 责令…, not in a negation), or -1. */
    private static int typeIndex(String section, String type) {
        Pattern p = switch (type) {
            case "罚款" -> Pattern.compile("(?<!加处)罚款(?!数额)");
            case "没收违法所得" -> Pattern.compile("没收(违法|非法)所得");
            case "没收非法财物" -> Pattern.compile("没收(非法财物|违法(物品|工具|财物)|用于违法|涉案)");
            case "暂扣许可证件" -> Pattern.compile("暂扣[^。；]{0,10}(许可证|执照|证件|驾驶证)");
            case "吊销许可证件" -> Pattern.compile("吊销[^。；]{0,10}(许可证|执照|证件|驾驶证|资格)");
            case "降低资质等级" -> Pattern.compile("降低资质等级");
            case "限制开展生产经营活动" -> Pattern.compile("限制开展生产经营活动");
            case "责令停产停业" -> Pattern.compile("责令停产停业|责令停业整顿");
            case "责令关闭" -> Pattern.compile("责令关闭");
            case "限制从业" -> Pattern.compile("限制从业|禁止[^。；]{0,6}从事");
            case "行政拘留" -> Pattern.compile("行政拘留|拘留");
            default -> Pattern.compile(Pattern.quote(type));
        };
        Matcher m = p.matcher(section);
        return m.find() ? m.start() : -1;
    }

    /** The part of a decision that states the penalties imposed. */
    static String penaltySection(String text) {
        Matcher s = PENALTY_SECTION_START.matcher(text);
        int from = -1;
        while (s.find()) {
            from = s.start();
        }
        if (from < 0) {
            return "";
        }
        Matcher e = PENALTY_SECTION_END.matcher(text);
        int to = e.find(from) ? e.start() : Math.min(text.length(), from + 400);
        return text.substring(from, to);
    }

    private static BigDecimal figure(String s) {
        String t = s.replace("，", ",");
        int comma = t.indexOf(',');
        if (comma > 3) {
            // thousands groups start with 1–3 digits: a longer head is a misread ¥ (8, Y) glued to the figure
            t = t.substring(comma - 3);
        }
        try {
            return new BigDecimal(t.replace(",", "")).stripTrailingZeros();
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String firstNonBlank(CaseDocument d) {
        return d.lines().stream().map(l -> l.text().strip()).filter(s -> !s.isEmpty()).findFirst().orElse(null);
    }

    /** What a 送达回证 serves: the decision or the prior notice (else 其他). */
    private static DocumentType served(CaseDocument d) {
        String t = d.text();
        Matcher m = Pattern.compile("(送达)?文书(名称)?[^\\n]{0,80}").matcher(t);
        String what = m.find() ? m.group() : t;
        if (what.contains("处罚决定书")) {
            return DocumentType.行政处罚决定书;
        }
        if (what.contains("告知书")) {
            return DocumentType.行政处罚事先告知书;
        }
        if (t.contains("处罚决定书")) {
            return DocumentType.行政处罚决定书;
        }
        if (t.contains("告知书")) {
            return DocumentType.行政处罚事先告知书;
        }
        return DocumentType.其他;
    }

    private static PartyFacts party(Optional<TypedDocument> decision, Optional<CaseRecord> rec, List<TypedDocument> docs) {
        Quoted name = null, code = null, address = null, rep = null;
        List<TypedDocument> order = new ArrayList<>();
        decision.ifPresent(order::add);
        docs.stream().filter(t -> t.type() == DocumentType.行政处罚事先告知书 || t.type() == DocumentType.立案审批表).forEach(order::add);
        for (TypedDocument t : order) {
            CaseDocument d = t.document();
            if (name == null) {
                name = labelled(d, "(当事人|被处罚人|当事人名称|单位名称)(（[^）]*）)?");
            }
            if (code == null) {
                code = labelled(d, "(统一社会信用代码|社会信用代码|公民身份号码|身份证号码|身份证号|居民身份证号码|身份证件号码)");
            }
            if (address == null) {
                address = labelled(d, "(住所|地址|住址|经营场所|注册地址|住所地)");
            }
            if (rep == null) {
                rep = labelled(d, "(法定代表人|负责人|经营者)");
            }
        }
        if (rec.isPresent() && rec.get().party() != null) {
            CaseRecord.Party p = rec.get().party();
            if (name == null && notBlank(p.name())) {
                name = new Quoted(p.name(), Evidence.field("party.name"));
            }
            if (code == null && notBlank(p.uscc())) {
                code = new Quoted(p.uscc(), Evidence.field("party.uscc"));
            }
            if (code == null && notBlank(p.idNumber())) {
                code = new Quoted(p.idNumber(), Evidence.field("party.idNumber"));
            }
            if (address == null && notBlank(p.address())) {
                address = new Quoted(p.address(), Evidence.field("party.address"));
            }
            if (rep == null && notBlank(p.legalRepresentative())) {
                rep = new Quoted(p.legalRepresentative(), Evidence.field("party.legalRepresentative"));
            }
        }
        return new PartyFacts(name, code, address, rep);
    }

    /** The value after a label at the start of a line (当事人：…), up to the next gap; null when absent or empty. */
    private static Quoted labelled(CaseDocument d, String label) {
        Pattern p = Pattern.compile("(^|\\s)" + label + "\\s*[:：]\\s*([^\\s:：]*)");
        for (CaseDocument.Line l : d.lines()) {
            Matcher m = p.matcher(l.text());
            if (m.find()) {
                String v = m.group(m.groupCount()).strip();
                if (!v.isEmpty() && !v.matches("[/／无—\\-]+")) {
                    return new Quoted(v, Texts.quote(d, l));
                }
            }
        }
        return null;
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    private static Map<Step, Dated> documentDates(List<TypedDocument> docs) {
        Map<Step, Dated> out = CaseFacts.steps();
        for (TypedDocument t : docs) {
            CaseDocument d = t.document();
            switch (t.type()) {
                case 立案审批表 -> putIfAbsent(out, Step.filed, labelledDate(d, "立案(日期|时间)"), lastDate(d));
                case 现场检查笔录 -> putIfAbsent(out, Step.inspected, labelledDate(d, "(检查|勘验|勘察|勘查)(时间|日期)"), null);
                case 听证申请书 -> putIfAbsent(out, Step.hearingRequested, lastDate(d), null);
                case 行政处罚决定书 -> putIfAbsent(out, Step.decided, signatureDate(d), lastDate(d));
                case 送达回证 -> {
                    Dated served = labelledDate(d, "(收件|签收|受送达人签收|送达)(日期|时间)");
                    if (served == null) {
                        served = lastDate(d);
                    }
                    if (t.serves() == DocumentType.行政处罚决定书) {
                        putIfAbsent(out, Step.decisionServed, served, null);
                    } else if (t.serves() == DocumentType.行政处罚事先告知书) {
                        putIfAbsent(out, Step.noticeServed, served, null);
                    }
                }
                default -> {
                }
            }
        }
        return out;
    }

    private static void putIfAbsent(Map<Step, Dated> m, Step s, Dated first, Dated fallback) {
        if (!m.containsKey(s)) {
            Dated d = first != null ? first : fallback;
            if (d != null) {
                m.put(s, d);
            }
        }
    }

    private static Dated labelledDate(CaseDocument d, String label) {
        Pattern p = Pattern.compile(label + "\\s*[:：]?\\s*");
        for (CaseDocument.Line l : d.lines()) {
            Matcher m = p.matcher(l.text());
            if (m.find()) {
                for (Texts.WrittenDate w : Texts.dates(l.text())) {
                    if (w.start() >= m.start() && w.date() != null && w.start() - m.end() <= 2) {
                        return new Dated(w.date(), Texts.quote(d, l));
                    }
                }
            }
        }
        return null;
    }

    /** The date standing alone near the end (the date of signing), else null. */
    private static Dated signatureDate(CaseDocument d) {
        List<CaseDocument.Line> lines = d.lines();
        for (int i = lines.size() - 1; i >= 0; i--) {
            String s = lines.get(i).text().strip();
            Matcher m = Texts.DATE.matcher(s);
            if (m.matches()) {
                List<Texts.WrittenDate> w = Texts.dates(s);
                if (!w.isEmpty() && w.get(0).date() != null) {
                    return new Dated(w.get(0).date(), Texts.quote(d, lines.get(i)));
                }
            }
        }
        return null;
    }

    private static Dated lastDate(CaseDocument d) {
        List<CaseDocument.Line> lines = d.lines();
        for (int i = lines.size() - 1; i >= 0; i--) {
            List<Texts.WrittenDate> w = Texts.dates(lines.get(i).text());
            for (int k = w.size() - 1; k >= 0; k--) {
                if (w.get(k).date() != null) {
                    return new Dated(w.get(k).date(), Texts.quote(d, lines.get(i)));
                }
            }
        }
        return null;
    }

    private static Map<Step, Dated> recordDates(Optional<CaseRecord> rec) {
        Map<Step, Dated> out = CaseFacts.steps();
        if (rec.isEmpty() || rec.get().dates() == null) {
            return out;
        }
        CaseRecord.Dates d = rec.get().dates();
        String[] v = {d.filed(), d.inspected(), d.noticeServed(), d.hearingRequested(), d.decided(), d.decisionServed(), d.executed()};
        Step[] s = Step.values();
        for (int i = 0; i < s.length; i++) {
            if (v[i] != null && !v[i].isBlank()) {
                try {
                    out.put(s[i], new Dated(LocalDate.parse(v[i].strip()), Evidence.field("dates." + s[i].name())));
                } catch (DateTimeException e) {
                    // an impossible date in case.json is reported by impossibleDates
                }
            }
        }
        return out;
    }

    private static List<Quoted> impossibleDates(List<TypedDocument> docs, Optional<CaseRecord> rec) {
        List<Quoted> out = new ArrayList<>();
        for (TypedDocument t : docs) {
            for (CaseDocument.Line l : t.document().lines()) {
                for (Texts.WrittenDate w : Texts.dates(l.text())) {
                    if (w.date() == null && w.month() >= 1 && w.month() <= 12 && w.day() >= 1 && w.day() <= 31) {
                        out.add(new Quoted(w.text(), Texts.quote(t.document(), l)));
                    }
                }
            }
        }
        if (rec.isPresent() && rec.get().dates() != null) {
            CaseRecord.Dates d = rec.get().dates();
            String[] v = {d.filed(), d.inspected(), d.noticeServed(), d.hearingRequested(), d.decided(), d.decisionServed(), d.executed()};
            for (int i = 0; i < v.length; i++) {
                if (v[i] != null && !v[i].isBlank()) {
                    try {
                        LocalDate.parse(v[i].strip());
                    } catch (DateTimeException e) {
                        out.add(new Quoted(v[i], Evidence.field("dates." + Step.values()[i].name())));
                    }
                }
            }
        }
        return out;
    }

    private static List<Quoted> caseNumbers(List<TypedDocument> docs, Optional<CaseRecord> rec) {
        List<Quoted> out = new ArrayList<>();
        for (TypedDocument t : docs) {
            for (CaseDocument.Line l : t.document().lines()) {
                Matcher m = CASE_NO.matcher(Texts.compact(l.text()));
                while (m.find()) {
                    out.add(new Quoted(m.group(), Texts.quote(t.document(), l)));
                }
            }
        }
        rec.map(CaseRecord::caseNo).filter(FactExtractor::notBlank)
                .ifPresent(n -> out.add(new Quoted(Texts.compact(n), Evidence.field("caseNo"))));
        return out;
    }

    private static List<CaseFacts.Officer> officers(List<TypedDocument> docs, Optional<CaseRecord> rec) {
        List<CaseFacts.Officer> out = new ArrayList<>();
        for (TypedDocument t : docs) {
            for (CaseDocument.Line l : t.document().lines()) {
                Matcher m = OFFICER.matcher(l.text());
                while (m.find()) {
                    String name = m.group(1).replaceFirst("^(执法人员|检查人|询问人|记录人|承办人|调查人员?|经办人)", "");
                    if (name.length() >= 2) {
                        out.add(new CaseFacts.Officer(name, m.group(2).strip(), Texts.quote(t.document(), l)));
                    }
                }
            }
        }
        if (rec.isPresent() && rec.get().officers() != null) {
            int i = 0;
            for (CaseRecord.Officer o : rec.get().officers()) {
                out.add(new CaseFacts.Officer(o.name() == null ? "" : o.name(), o.certNo() == null ? "" : o.certNo().strip(),
                        Evidence.field("officers[" + i++ + "]")));
            }
        }
        return out;
    }

    private static List<Quoted> identityNumbers(List<TypedDocument> docs, Optional<CaseRecord> rec) {
        List<Quoted> out = new ArrayList<>();
        Pattern label = Pattern.compile("(统一社会信用代码|社会信用代码|信用代码|公民身份号码|身份证号码?|身份证件号码|居民身份证)");
        for (TypedDocument t : docs) {
            for (CaseDocument.Line l : t.document().lines()) {
                Matcher lm = label.matcher(l.text());
                while (lm.find()) {
                    String rest = l.text().substring(lm.end(), Math.min(l.text().length(), lm.end() + 30));
                    boolean person = lm.group(1).contains("身份");
                    Matcher m = (person ? CITIZEN_ID : USCC).matcher(rest);
                    if (m.find() && m.start() <= 4) {
                        out.add(new Quoted(m.group(1), Texts.quote(t.document(), l)));
                    }
                }
            }
        }
        if (rec.isPresent() && rec.get().party() != null) {
            CaseRecord.Party p = rec.get().party();
            if (notBlank(p.uscc())) {
                out.add(new Quoted(p.uscc().strip(), Evidence.field("party.uscc")));
            }
            if (notBlank(p.idNumber())) {
                out.add(new Quoted(p.idNumber().strip(), Evidence.field("party.idNumber")));
            }
        }
        return out;
    }

    private static List<CaseFacts.AmountPair> amountPairs(List<TypedDocument> docs) {
        List<CaseFacts.AmountPair> out = new ArrayList<>();
        for (TypedDocument t : docs) {
            for (CaseDocument.Line l : t.document().lines()) {
                Matcher m = WORDS_FIGURE.matcher(l.text());
                while (m.find()) {
                    BigDecimal words = AmountNumerals.parseChinese(m.group(1).replaceAll("[元整]", "").replace("角", "").replace("分", ""));
                    BigDecimal figure = figure(m.group(2));
                    try {
                        BigDecimal w = MoneyNormalizer.parse(m.group(1));
                        words = w;
                    } catch (IllegalArgumentException ignored) {
                        // keep the plain numeral value
                    }
                    if (words != null && figure != null) {
                        out.add(new CaseFacts.AmountPair(words, figure, new Quoted(m.group(), Texts.quote(t.document(), l))));
                    }
                }
            }
        }
        return out;
    }
}
