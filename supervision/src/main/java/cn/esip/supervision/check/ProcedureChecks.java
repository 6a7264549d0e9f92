package cn.esip.supervision.check;

import cn.esip.supervision.document.DocumentType;
import cn.esip.supervision.facts.CaseFacts;
import cn.esip.supervision.facts.Dated;
import cn.esip.supervision.facts.Step;
import cn.esip.supervision.facts.TypedDocument;
import cn.esip.supervision.report.Evidence;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Checks of procedure (程序合法): order of steps, deadlines, hearing rights, legal review. */
final class ProcedureChecks {

    private ProcedureChecks() {
    }

    /** {@code step-order}: for each pair {before, after}, the later step is not dated before the earlier one. */
    static final class StepOrder implements Check {
        public String name() {
            return "step-order";
        }

        public Set<String> parameters() {
            return Set.of("pairs");
        }

        public List<Hit> run(CaseFacts f, CheckContext c) {
            List<Hit> out = new ArrayList<>();
            List<Map<String, Object>> pairs = c.maps("pairs");
            for (Map<String, Object> p : pairs) {
                Step before = Step.named(String.valueOf(p.get("before")));
                Step after = Step.named(String.valueOf(p.get("after")));
                Optional<Dated> b = f.date(before);
                Optional<Dated> a = f.date(after);
                if (b.isPresent() && a.isPresent() && a.get().date().isBefore(b.get().date())) {
                    out.add(Hits.of(Hits.ev(a.get().evidence(), b.get().evidence()), "before", label(before),
                            "beforeDate", b.get().date().toString(), "after", label(after), "afterDate", a.get().date().toString()));
                }
            }
            return out;
        }
    }

    static String label(Step s) {
        return switch (s) {
            case filed -> "立案";
            case inspected -> "现场检查";
            case noticeServed -> "送达事先告知书";
            case hearingRequested -> "申请听证";
            case decided -> "作出处罚决定";
            case decisionServed -> "送达处罚决定书";
            case executed -> "执行";
        };
    }

    /** {@code deadline}: step {@code to} no later than {@code days} (or {@code months}) after step {@code from}. */
    static final class Deadline implements Check {
        public String name() {
            return "deadline";
        }

        public Set<String> parameters() {
            return Set.of("from", "to", "days", "months", "unlessDocuments");
        }

        public List<Hit> run(CaseFacts f, CheckContext c) {
            Step from = Step.named(c.string("from", "filed"));
            Step to = Step.named(c.string("to", "decided"));
            Optional<Dated> a = f.date(from);
            Optional<Dated> b = f.date(to);
            if (a.isEmpty() || b.isEmpty()) {
                return List.of();
            }
            for (String t : c.strings("unlessDocuments", List.of())) {
                if (f.has(DocumentType.valueOf(t))) {
                    return List.of();
                }
            }
            int months = c.integer("months", 0);
            LocalDate limit = months > 0 ? a.get().date().plusMonths(months) : a.get().date().plusDays(c.integer("days", 90));
            if (b.get().date().isAfter(limit)) {
                long days = ChronoUnit.DAYS.between(a.get().date(), b.get().date());
                return List.of(Hits.of(Hits.ev(b.get().evidence(), a.get().evidence()), "from", label(from),
                        "fromDate", a.get().date().toString(), "to", label(to), "toDate", b.get().date().toString(),
                        "elapsed", Long.toString(days), "limit", months > 0 ? months + "个月" : c.integer("days", 90) + "日"));
            }
            return List.of();
        }
    }

    /** {@code hearing-notice}: where the penalty qualifies for a hearing, the prior notice tells of that right. */
    static final class HearingNotice implements Check {
        public String name() {
            return "hearing-notice";
        }

        public Set<String> parameters() {
            return Set.of("hearingFine.person", "hearingFine.organization", "hearingConfiscation.person", "hearingConfiscation.organization");
        }

        public List<Hit> run(CaseFacts f, CheckContext c) {
            if (!Major.qualifies(f, c, "hearing") || Major.hearing(f)) {
                return List.of();
            }
            List<TypedDocument> notices = f.ofType(DocumentType.行政处罚事先告知书);
            if (notices.isEmpty() || notices.stream().anyMatch(t -> t.document().text().contains("听证"))) {
                return List.of();
            }
            List<Evidence> ev = new ArrayList<>();
            notices.forEach(n -> ev.add(Evidence.document(n.name())));
            if (f.fine() != null) {
                ev.add(f.fine().evidence());
            }
            return List.of(Hits.of(ev, "fine", f.fineValue() == null ? "" : f.fineValue().toPlainString()));
        }
    }

    /** {@code legal-review}: a major decision (by thresholds, or after a hearing) has a legal review (法制审核). */
    static final class LegalReview implements Check {
        public String name() {
            return "legal-review";
        }

        public Set<String> parameters() {
            return Set.of("majorFine.person", "majorFine.organization", "majorConfiscation.person", "majorConfiscation.organization");
        }

        public List<Hit> run(CaseFacts f, CheckContext c) {
            boolean hearing = Major.hearing(f);
            if (!(Major.qualifies(f, c, "major") || hearing) || f.has(DocumentType.法制审核意见书)) {
                return List.of();
            }
            List<Evidence> ev = new ArrayList<>();
            f.decision().ifPresent(d -> ev.add(Evidence.document(d.name())));
            if (f.record().isPresent() && Boolean.FALSE.equals(f.record().get().legalReview())) {
                ev.add(Evidence.field("legalReview"));
            }
            return List.of(Hits.of(ev, "why", hearing ? "经过听证程序" : "属于重大处罚决定"));
        }
    }
}
