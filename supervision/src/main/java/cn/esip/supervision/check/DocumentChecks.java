package cn.esip.supervision.check;

import cn.esip.supervision.casefile.CaseDocument;
import cn.esip.supervision.casefile.ScanMarks;
import cn.esip.supervision.document.DocumentType;
import cn.esip.supervision.facts.CaseFacts;
import cn.esip.supervision.facts.Dated;
import cn.esip.supervision.facts.Quoted;
import cn.esip.supervision.facts.Step;
import cn.esip.supervision.facts.Texts;
import cn.esip.supervision.facts.TypedDocument;
import cn.esip.supervision.report.Evidence;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks of the documents (文书规范): presence, amounts, dates, remedies, case numbers, seals and signatures. */
final class DocumentChecks {

    private DocumentChecks() {
    }

    /**
     * {@code documents-present}: each required document is in the file. A requirement is a type, optionally
     * {@code serves} (for 送达回证: the document it serves), {@code anyOf} (alternatives) and {@code when}
     * (always, major, hearing).
     */
    static final class DocumentsPresent implements Check {
        public String name() {
            return "documents-present";
        }

        public Set<String> parameters() {
            return Set.of("required");
        }

        public List<Hit> run(CaseFacts f, CheckContext c) {
            List<Hit> out = new ArrayList<>();
            for (Map<String, Object> r : c.maps("required")) {
                String when = String.valueOf(r.getOrDefault("when", "always"));
                if (when.equals("major") && !(Major.qualifies(f, c, "major") || Major.hearing(f))) {
                    continue;
                }
                if (when.equals("hearing") && !Major.hearing(f)) {
                    continue;
                }
                List<String> any = new ArrayList<>();
                if (r.get("anyOf") instanceof List<?> l) {
                    l.forEach(x -> any.add(String.valueOf(x)));
                } else {
                    any.add(String.valueOf(r.get("type")));
                }
                DocumentType serves = r.get("serves") == null ? null : DocumentType.valueOf(String.valueOf(r.get("serves")));
                boolean present = false;
                for (String t : any) {
                    DocumentType type = DocumentType.valueOf(t);
                    present |= f.documents().stream().anyMatch(d -> d.type() == type && (serves == null || d.serves() == serves));
                }
                if (!present) {
                    String title = String.valueOf(r.getOrDefault("title", serves == null ? String.join("或", any) : any.get(0) + "（" + serves + "）"));
                    out.add(Hits.of(Hits.ev(Evidence.document(title)), "document", title));
                }
            }
            return out;
        }
    }

    /** {@code amount-agreement}: 大写 and 小写 agree, and the decision's fine agrees with case.json. */
    static final class AmountAgreement implements Check {
        public String name() {
            return "amount-agreement";
        }

        public Set<String> parameters() {
            return Set.of();
        }

        public List<Hit> run(CaseFacts f, CheckContext c) {
            List<Hit> out = new ArrayList<>();
            List<BigDecimal> known = new ArrayList<>();
            if (f.fineValue() != null) {
                known.add(f.fineValue());
            }
            if (f.confiscated() != null) {
                known.add(f.confiscated());
            }
            for (CaseFacts.AmountPair p : f.amountPairs()) {
                boolean scanned = f.documents().stream().anyMatch(t -> t.name().equals(p.quote().evidence().document()) && t.document().scanned());
                if (scanned && known.stream().anyMatch(k -> k.compareTo(p.words()) == 0 || k.compareTo(p.figure()) == 0)) {
                    continue; // on a scan, the side that disagrees with the case's amount is taken for an OCR misreading
                }
                if (p.words().compareTo(p.figure()) != 0) {
                    out.add(Hits.of(Hits.ev(p.quote().evidence()), "words", p.words().toPlainString(), "figure", p.figure().toPlainString()));
                }
            }
            boolean scannedDecision = f.decision().map(d -> d.document().scanned()).orElse(false);
            if (out.isEmpty() && !scannedDecision && f.fine() != null && f.fine().evidence().field() == null && f.record().isPresent()
                    && f.record().get().penalty() != null && f.record().get().penalty().fine() != null) {
                BigDecimal json = BigDecimal.valueOf(f.record().get().penalty().fine());
                if (json.compareTo(f.fineValue()) != 0) {
                    out.add(Hits.of(Hits.ev(f.fine().evidence(), Evidence.field("penalty.fine")), "words", f.fineValue().toPlainString(),
                            "figure", json.stripTrailingZeros().toPlainString()));
                }
            }
            return out;
        }
    }

    /** {@code dates-valid}: no impossible date, and the documents' dates of the named steps agree with case.json. */
    static final class DatesValid implements Check {
        public String name() {
            return "dates-valid";
        }

        public Set<String> parameters() {
            return Set.of("compare");
        }

        public List<Hit> run(CaseFacts f, CheckContext c) {
            List<Hit> out = new ArrayList<>();
            for (Quoted q : f.impossibleDates()) {
                out.add(Hits.of(Hits.ev(q.evidence()), "date", q.value(), "problem", "日期不存在"));
            }
            for (String s : c.strings("compare", List.of("decided"))) {
                Step step = Step.named(s);
                Dated d = f.documentDates().get(step);
                Dated r = f.recordDates().get(step);
                if (d != null && r != null && !d.date().equals(r.date())) {
                    out.add(Hits.of(Hits.ev(d.evidence(), r.evidence()), "date", d.date() + " / " + r.date(),
                            "problem", ProcedureChecks.label(step) + "日期在文书与案件记录中不一致"));
                }
            }
            return out;
        }
    }

    /** {@code remedies}: the decision states 复议 within {@code reviewDays} and 诉讼 within {@code suitMonths}. */
    static final class Remedies implements Check {
        private static final Pattern PERIOD = Pattern.compile("([零〇一二三四五六七八九十百两\\d]+)\\s*(日|天|个月|月)");

        public String name() {
            return "remedies";
        }

        public Set<String> parameters() {
            return Set.of("reviewDays", "suitMonths");
        }

        public List<Hit> run(CaseFacts f, CheckContext c) {
            if (f.decision().isEmpty()) {
                return List.of();
            }
            CaseDocument d = f.decision().get().document();
            String text = Texts.compact(d.text()).replace("\n", "");
            List<Hit> out = new ArrayList<>();
            check(out, d, text, "行政复议", "复议", c.integer("reviewDays", 60), false);
            check(out, d, text, "行政诉讼", "诉讼", c.integer("suitMonths", 6), true);
            return out;
        }

        private static void check(List<Hit> out, CaseDocument d, String text, String what, String word, int limit, boolean months) {
            int at = text.indexOf("申请" + what);
            if (at < 0) {
                at = text.indexOf("提起" + what);
            }
            if (at < 0) {
                at = text.indexOf(what);
            }
            if (at < 0) {
                out.add(Hits.of(Hits.ev(Evidence.document(d.fileName())), "remedy", what, "problem", "未告知" + what + "的途径和期限"));
                return;
            }
            int from = Math.max(0, text.lastIndexOf("。", at) + 1);
            int sep = Math.max(text.lastIndexOf("；", at), text.lastIndexOf("也可以", at));
            if (sep > from) {
                from = sep;
            }
            String clause = text.substring(from, at);
            Matcher m = PERIOD.matcher(clause);
            String found = null;
            int value = -1;
            boolean inMonths = false;
            while (m.find()) {
                found = m.group();
                value = cn.esip.nlp.text.ChineseNumerals.parseOrMinus(m.group(1), 0, m.group(1).length());
                inMonths = m.group(2).contains("月");
            }
            boolean ok = found != null && (months ? (inMonths && value == limit) || (!inMonths && value == limit * 30)
                    : (!inMonths && value == limit) || (inMonths && value * 30 == limit));
            if (!ok) {
                CaseDocument.Line line = Texts.line(d, Pattern.compile(Pattern.quote(word)));
                Evidence ev = line == null ? Evidence.document(d.fileName()) : Texts.quote(d, line);
                out.add(Hits.of(Hits.ev(ev), "remedy", what, "problem",
                        found == null ? "未写明" + what + "期限" : what + "期限写作“" + found + "”，应为" + (months ? limit + "个月" : limit + "日")));
            }
        }
    }

    /** {@code case-number-agreement}: one case number throughout the file and case.json. */
    static final class CaseNumberAgreement implements Check {
        private static final Pattern PARTS = Pattern.compile("(.*?)[〔\\[［【(（](\\d{4})[〕\\]］】)）]第?([0-9０-９]+)号");

        public String name() {
            return "case-number-agreement";
        }

        public Set<String> parameters() {
            return Set.of();
        }

        public List<Hit> run(CaseFacts f, CheckContext c) {
            Optional<TypedDocument> decision = f.decision();
            String key = null;
            if (decision.isPresent()) {
                for (Quoted q : f.caseNumbers()) {
                    if (decision.get().name().equals(q.evidence().document())) {
                        key = group(q.value());
                        break;
                    }
                }
                if (key == null && decision.get().document().scanned()) {
                    key = f.record().map(r -> r.caseNo()).filter(n -> n != null).map(n -> group(cn.esip.supervision.facts.Texts.compact(n))).orElse(null);
                    if (key == null) {
                        return List.of();
                    }
                }
                if (key == null) {
                    return List.of(Hits.of(Hits.ev(Evidence.document(decision.get().name())), "number", "", "problem", "决定书没有文号"));
                }
            }
            if (key == null) {
                return List.of();
            }
            Map<Long, List<Quoted>> serials = new LinkedHashMap<>();
            for (Quoted q : f.caseNumbers()) {
                if (key.equals(group(q.value()))) {
                    serials.computeIfAbsent(serial(q.value()), k -> new ArrayList<>()).add(q);
                }
            }
            if (serials.size() <= 1) {
                return List.of();
            }
            long majority = serials.entrySet().stream().max((a, b) -> Integer.compare(a.getValue().size(), b.getValue().size())).get().getKey();
            List<Evidence> ev = new ArrayList<>();
            List<String> odd = new ArrayList<>();
            serials.forEach((k, v) -> {
                if (k != majority) {
                    v.forEach(q -> ev.add(q.evidence()));
                    odd.add(v.get(0).value());
                }
            });
            ev.add(serials.get(majority).get(0).evidence());
            return List.of(Hits.of(ev.subList(0, Math.min(5, ev.size())), "number", String.join("、", odd),
                    "problem", "与其他文书的“" + serials.get(majority).get(0).value() + "”不一致"));
        }

        private static String group(String n) {
            Matcher m = PARTS.matcher(n);
            return m.matches() ? m.group(1).replaceFirst("^.*?(?=[\\p{IsHan}]{2,8}$)", "") + "|" + m.group(2) : n;
        }

        private static long serial(String n) {
            Matcher m = PARTS.matcher(n);
            if (!m.matches()) {
                return -1;
            }
            StringBuilder sb = new StringBuilder();
            for (char ch : m.group(3).toCharArray()) {
                sb.append(ch >= '０' && ch <= '９' ? (char) (ch - '０' + '0') : ch);
            }
            return Long.parseLong(sb.toString());
        }
    }

    /** {@code seal-present}: decisions and notices carry the agency's seal (seen on scans; marked （印章） in transcriptions). */
    static final class SealPresent implements Check {
        public String name() {
            return "seal-present";
        }

        public Set<String> parameters() {
            return Set.of("types", "textMarker");
        }

        public List<Hit> run(CaseFacts f, CheckContext c) {
            List<Hit> out = new ArrayList<>();
            // the marker is a regular expression: transcriptions write （印章）, （盖章）, [公章] …
            Pattern marker = Pattern.compile(c.string("textMarker", "[（(\\[【](印章|盖章|公章)[）)\\]】]"));
            boolean markersUsed = f.documents().stream().anyMatch(t -> !t.document().scanned() && marker.matcher(t.document().text()).find());
            for (String t : c.strings("types", List.of("行政处罚决定书"))) {
                for (TypedDocument d : f.ofType(DocumentType.valueOf(t))) {
                    if (d.document().lines().stream().limit(6).anyMatch(l -> l.text().contains("笔录"))) {
                        continue; // a record (告知笔录) is signed by the people present, not sealed
                    }
                    ScanMarks m = d.document().marks();
                    boolean missing = m != null ? m.seals() == 0 : markersUsed && !marker.matcher(d.document().text()).find();
                    if (missing) {
                        out.add(Hits.of(Hits.ev(Evidence.document(d.name())), "document", d.name()));
                    }
                }
            }
            return out;
        }
    }

    /** {@code signatures-present}: records (笔录) carry the signatures of the party and the officers. */
    static final class SignaturesPresent implements Check {
        private static final Pattern EMPTY_TEXT = Pattern.compile("([\\p{IsHan}]{2,6})[（(](签名|签字)[)）][:：]\\s*($|\\s{2,}\\d|\\d{4}年)");

        public String name() {
            return "signatures-present";
        }

        public Set<String> parameters() {
            return Set.of();
        }

        public List<Hit> run(CaseFacts f, CheckContext c) {
            List<Hit> out = new ArrayList<>();
            for (TypedDocument t : f.documents()) {
                if (!t.type().isRecord()) {
                    continue;
                }
                CaseDocument d = t.document();
                if (d.marks() != null) {
                    for (ScanMarks.SignaturePlace p : d.marks().signatures()) {
                        if (!p.signed() && p.label().matches(".*(被询问人|被检查人|当事人|询问人|检查人|记录人|执法人员).*")) {
                            out.add(Hits.of(Hits.ev(Evidence.quote(d.fileName(), p.page(), 0, p.label())), "document", d.fileName(), "label", p.label()));
                        }
                    }
                } else {
                    for (CaseDocument.Line l : d.lines()) {
                        Matcher m = EMPTY_TEXT.matcher(l.text().strip());
                        if (m.find()) {
                            out.add(Hits.of(Hits.ev(Texts.quote(d, l)), "document", d.fileName(), "label", m.group(1)));
                        }
                    }
                }
            }
            return out;
        }
    }
}
