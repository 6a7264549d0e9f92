package cn.esip.supervision.check;

import cn.esip.supervision.document.DocumentType;
import cn.esip.supervision.facts.CaseFacts;
import cn.esip.supervision.facts.CitedProvision;
import cn.esip.supervision.facts.Dated;
import cn.esip.supervision.facts.Quoted;
import cn.esip.supervision.facts.Step;
import cn.esip.supervision.law.LawBasis;
import cn.esip.kg.penalty.PenaltyClause;
import cn.esip.kg.penalty.PenaltyClauseParser;
import cn.esip.supervision.report.Evidence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Checks of the law applied (适用法律), reasoned through the law graph. */
final class LawChecks {

    private LawChecks() {
    }

    /** The day that decides which version applies: the decision date, else today. */
    static LocalDate day(CaseFacts f) {
        return f.date(Step.decided).map(Dated::date).orElse(LocalDate.now());
    }

    /** A citation resolved to a law and the version that applies to it. */
    record Resolved(CitedProvision cite, LawBasis.Law law, LawBasis.Version version) {
    }

    static Optional<Resolved> resolve(CaseFacts f, CheckContext c, CitedProvision p) {
        if (p.law() == null || p.law().isBlank()) {
            return Optional.empty();
        }
        Optional<LawBasis.Law> law = c.law().law(p.law());
        if (law.isEmpty()) {
            return Optional.empty();
        }
        LawBasis.Version v = p.namedVersion() != null
                ? law.get().named(p.namedVersion()).orElse(law.get().inForceOn(day(f)))
                : law.get().inForceOn(day(f));
        return Optional.of(new Resolved(p, law.get(), v));
    }

    /** The text that governs a basis citation: its paragraph when one is named, else the whole article. */
    static Optional<String> governing(CheckContext c, Resolved r) {
        CitedProvision p = r.cite();
        if (p.paragraph() > 0) {
            Optional<String> t = c.law().text(r.law(), r.version().id(), p.article(), p.articleSuffix(), p.paragraph(), 0);
            if (t.isPresent()) {
                return t;
            }
        }
        return c.law().text(r.law(), r.version().id(), p.article(), p.articleSuffix(), 0, 0);
    }

    /** The code of a resolved citation. */
    static List<String> codes(CheckContext c, Resolved r) {
        CitedProvision p = r.cite();
        return p.article() == 0 ? List.of() : List.of(c.law().code(r.law(), p.article(), p.articleSuffix(), p.paragraph(), p.item()));
    }

    static List<CitedProvision> cited(CaseFacts f, String which) {
        return which.equals("violated") ? f.violated() : f.penaltyBasis();
    }

    /** {@code citation-depth}: the decision cites the violated provision and the penalty basis, down to 条/款/项. */
    static final class CitationDepth implements Check {
        public String name() {
            return "citation-depth";
        }

        public Set<String> parameters() {
            return Set.of("cites", "items");
        }

        public List<Hit> run(CaseFacts f, CheckContext c) {
            if (f.decision().isEmpty()) {
                return List.of();
            }
            Evidence decision = Evidence.document(f.decision().get().name());
            List<Hit> out = new ArrayList<>();
            for (String which : c.strings("cites", List.of("violated", "penaltyBasis"))) {
                String label = which.equals("violated") ? "违反的条款" : "处罚依据";
                List<CitedProvision> list = cited(f, which);
                if (list.isEmpty()) {
                    out.add(Hits.of(Hits.ev(decision), "what", label, "problem", "未写明"));
                    continue;
                }
                if (list.stream().allMatch(p -> p.article() == 0)) {
                    out.add(Hits.of(Hits.ev(list.get(0).evidence()), "what", label, "problem", "只写了法律名称，未写明条款"));
                    continue;
                }
                if (!c.flag("items", true)) {
                    continue;
                }
                for (CitedProvision p : list) {
                    if (p.article() == 0 || p.item() > 0) {
                        continue;
                    }
                    Optional<Resolved> r = resolve(f, c, p);
                    if (r.isEmpty()) {
                        continue;
                    }
                    Optional<String> text = governing(c, r.get());
                    boolean multiParagraph = p.paragraph() == 0 && c.law().text(r.get().law(), r.get().version().id(),
                            p.article(), p.articleSuffix(), 2, 0).isPresent();
                    boolean items = text.isPresent() && text.get().contains("（一）") && text.get().contains("（二）");
                    if (items && !multiParagraph) {
                        out.add(Hits.of(Hits.ev(p.evidence()), "what", label + p.label(), "problem", "该条分项规定，未写明适用的项").concerning(codes(c, r.get())));
                    }
                }
            }
            return out;
        }
    }

    /** {@code provision-exists}: each cited 条/款/项 exists in the version of the law that applies. */
    static final class ProvisionExists implements Check {
        public String name() {
            return "provision-exists";
        }

        public Set<String> parameters() {
            return Set.of();
        }

        public List<Hit> run(CaseFacts f, CheckContext c) {
            List<Hit> out = new ArrayList<>();
            for (CitedProvision p : f.cited()) {
                if (p.article() == 0) {
                    continue;
                }
                Optional<Resolved> r = resolve(f, c, p);
                if (r.isEmpty()) {
                    continue;
                }
                String v = r.get().version().id();
                boolean ok = c.law().text(r.get().law(), v, p.article(), p.articleSuffix(), 0, 0).isPresent();
                String missing = "第" + p.article() + "条";
                if (ok && p.paragraph() > 0) {
                    ok = c.law().text(r.get().law(), v, p.article(), p.articleSuffix(), p.paragraph(), 0).isPresent();
                    missing = "第" + p.article() + "条第" + p.paragraph() + "款";
                }
                if (ok && p.item() > 0) {
                    ok = c.law().text(r.get().law(), v, p.article(), p.articleSuffix(), p.paragraph(), p.item()).isPresent()
                            || (p.paragraph() == 0 && c.law().text(r.get().law(), v, p.article(), p.articleSuffix(), 1, p.item()).isPresent());
                    missing = p.label();
                }
                if (!ok) {
                    out.add(Hits.of(Hits.ev(p.evidence()), "cite", p.label(), "unit", missing, "version", v)
                            .concerning(List.of(c.law().code(r.get().law(), p.article(), p.articleSuffix(), 0, 0))));
                }
            }
            return out;
        }
    }

    /** {@code provision-in-force}: a version the decision names was in force on the decision date. */
    static final class ProvisionInForce implements Check {
        public String name() {
            return "provision-in-force";
        }

        public Set<String> parameters() {
            return Set.of();
        }

        public List<Hit> run(CaseFacts f, CheckContext c) {
            List<Hit> out = new ArrayList<>();
            LocalDate day = day(f);
            for (CitedProvision p : f.cited()) {
                if (p.namedVersion() == null) {
                    continue;
                }
                Optional<LawBasis.Law> law = c.law().law(p.law());
                if (law.isEmpty()) {
                    continue;
                }
                Optional<LawBasis.Version> named = law.get().named(p.namedVersion());
                LawBasis.Version current = law.get().inForceOn(day);
                if (named.isPresent() && !named.get().id().equals(current.id()) && current.effective().isAfter(named.get().effective())) {
                    out.add(Hits.of(Hits.ev(p.evidence()), "cite", p.label(), "named", p.namedVersion().toString(),
                            "current", current.date() == null ? current.id() : current.date().toString(), "day", day.toString())
                            .concerning(p.article() == 0 ? List.of() : List.of(c.law().code(law.get(), p.article(), p.articleSuffix(), p.paragraph(), p.item()))));
                    break;
                }
            }
            return out;
        }
    }

    /** {@code penalty-type-allowed}: every penalty type decided is one the penalty-basis provision provides. */
    static final class PenaltyTypeAllowed implements Check {
        public String name() {
            return "penalty-type-allowed";
        }

        public Set<String> parameters() {
            return Set.of();
        }

        public List<Hit> run(CaseFacts f, CheckContext c) {
            StringBuilder texts = new StringBuilder();
            List<Evidence> basis = new ArrayList<>();
            List<String> codes = new ArrayList<>();
            for (CitedProvision p : f.penaltyBasis()) {
                if (p.article() == 0) {
                    continue;
                }
                Optional<Resolved> r = resolve(f, c, p);
                Optional<String> t = r.flatMap(x -> governing(c, x));
                if (t.isEmpty()) {
                    return List.of();
                }
                texts.append(t.get()).append('\n');
                basis.add(p.evidence());
                codes.addAll(codes(c, r.get()));
            }
            String text = texts.toString();
            if (text.isBlank() || !PenaltyClauseParser.namesPenalties(text)) {
                return List.of();
            }
            List<Hit> out = new ArrayList<>();
            for (Quoted q : f.penaltyTypes()) {
                if (!PenaltyClauseParser.provides(text, q.value())) {
                    List<Evidence> ev = new ArrayList<>(List.of(q.evidence()));
                    ev.addAll(basis);
                    out.add(Hits.of(ev, "type", q.value()).concerning(codes));
                }
            }
            return out;
        }
    }

    /** {@code fine-in-range}: the fine lies inside a range the penalty-basis provision sets (fixed, or a multiple). */
    static final class FineInRange implements Check {
        public String name() {
            return "fine-in-range";
        }

        public Set<String> parameters() {
            return Set.of();
        }

        public List<Hit> run(CaseFacts f, CheckContext c) {
            if (f.fineValue() == null || f.fineValue().signum() <= 0) {
                return List.of();
            }
            List<PenaltyClause> clauses = new ArrayList<>();
            List<Evidence> basis = new ArrayList<>();
            List<String> codes = new ArrayList<>();
            for (CitedProvision p : f.penaltyBasis()) {
                if (p.article() == 0) {
                    continue;
                }
                Optional<Resolved> r = resolve(f, c, p);
                Optional<String> t = r.flatMap(x -> governing(c, x));
                if (t.isEmpty()) {
                    return List.of();
                }
                codes.addAll(codes(c, r.get()));
                clauses.addAll(PenaltyClauseParser.clauses(t.get()));
                basis.add(p.evidence());
            }
            if (clauses.isEmpty()) {
                return List.of();
            }
            StringBuilder ranges = new StringBuilder();
            for (PenaltyClause cl : clauses) {
                Boolean ok = cl.admits(f.fineValue(), baseAmount(f.bases(), cl.base()));
                if (ok == null || ok) {
                    return List.of();
                }
                ranges.append(ranges.length() == 0 ? "" : "；").append(cl.text());
            }
            List<Evidence> ev = new ArrayList<>();
            if (f.fine() != null) {
                ev.add(f.fine().evidence());
            }
            ev.addAll(basis);
            return List.of(Hits.of(ev, "fine", f.fineValue().toPlainString(), "range", ranges.toString()).concerning(codes));
        }

        static BigDecimal baseAmount(Map<String, BigDecimal> bases, String base) {
            if (base == null) {
                return null;
            }
            for (Map.Entry<String, BigDecimal> e : bases.entrySet()) {
                if (base.contains(e.getKey()) || e.getKey().contains(base) || (base.contains("造价") && e.getKey().contains("造价"))
                        || (base.contains("货值") && e.getKey().contains("货值"))) {
                    return e.getValue();
                }
            }
            return null;
        }
    }

    /** {@code on-the-spot-limit}: a 简易程序 (当场) fine within the limits of 行政处罚法 第五十一条. */
    static final class OnTheSpotLimit implements Check {
        public String name() {
            return "on-the-spot-limit";
        }

        public Set<String> parameters() {
            return Set.of("person", "organization");
        }

        public List<Hit> run(CaseFacts f, CheckContext c) {
            if (!"简易程序".equals(f.procedure()) || f.fineValue() == null) {
                return List.of();
            }
            BigDecimal limit = "person".equals(f.partyKind()) ? c.amount("person", 200) : c.amount("organization", 3000);
            if (f.fineValue().compareTo(limit) > 0) {
                return List.of(Hits.of(Hits.ev(f.fine().evidence()), "fine", f.fineValue().toPlainString(), "limit", limit.toPlainString()));
            }
            return List.of();
        }
    }

    /** {@code evidence-for-findings}: a measured fact (监测, 检测, 鉴定 …) the decision relies on has a report in the file. */
    static final class EvidenceForFindings implements Check {
        public String name() {
            return "evidence-for-findings";
        }

        public Set<String> parameters() {
            return Set.of("measures");
        }

        public List<Hit> run(CaseFacts f, CheckContext c) {
            if (f.decision().isEmpty()) {
                return List.of();
            }
            String decision = f.decision().get().document().text();
            java.util.regex.Matcher start = java.util.regex.Pattern.compile("经(调)?查(明|实|核)?[，,：:]").matcher(decision);
            int from = start.find() ? start.start() : 0;
            int to = decision.indexOf("上述事实", from);
            String found = decision.substring(from, to > from ? to : decision.length());
            List<Hit> out = new ArrayList<>();
            for (String m : c.strings("measures", List.of("监测", "检测", "检验", "鉴定", "化验", "采样", "抽样", "测量", "称重", "评估", "造价"))) {
                int at = found.indexOf(m);
                if (at < 0) {
                    continue;
                }
                boolean backed = f.documents().stream().anyMatch(t -> backs(t.type())
                        && t.document().text().contains(m));
                if (!backed) {
                    cn.esip.supervision.casefile.CaseDocument d = f.decision().get().document();
                    var line = cn.esip.supervision.facts.Texts.lineAt(d, from + at);
                    out.add(Hits.of(Hits.ev(cn.esip.supervision.facts.Texts.quote(d, line)), "measure", m));
                    break;
                }
            }
            return out;
        }

        private static boolean backs(DocumentType t) {
            return switch (t) {
                case 检测鉴定报告, 现场检查笔录, 询问笔录, 证据材料清单, 其他, 复查记录, 听证笔录 -> true;
                default -> false;
            };
        }
    }
}
