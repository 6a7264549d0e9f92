package cn.esip.supervision.review;

import cn.esip.supervision.casefile.CaseFile;
import cn.esip.supervision.check.Check;
import cn.esip.supervision.check.CheckContext;
import cn.esip.supervision.check.Checks;
import cn.esip.supervision.check.Hit;
import cn.esip.supervision.document.DocumentTypeRecognizer;
import cn.esip.supervision.facts.CaseFacts;
import cn.esip.supervision.facts.FactExtractor;
import cn.esip.supervision.facts.Step;
import cn.esip.supervision.facts.TypedDocument;
import cn.esip.supervision.law.LawBasis;
import cn.esip.supervision.report.DocumentSummary;
import cn.esip.supervision.report.Evidence;
import cn.esip.supervision.report.Finding;
import cn.esip.supervision.report.ReviewReport;
import cn.esip.supervision.rules.Rule;
import cn.esip.supervision.rules.RuleSet;
import cn.esip.supervision.rules.Scope;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The automated pre-review of one case file: facts from the documents, then every rule of the set that applies
 * (one finding per rule, with the evidence of all its hits), then the score (full marks less the points of the
 * rules that fired) and the grade.
 */
public final class CaseReviewer {

    private static final Pattern VAR = Pattern.compile("\\{(\\w+)}");
    private static final int MAX_EVIDENCE = 6;

    private final FactExtractor facts;
    private final LawBasis law;

    public CaseReviewer(LawBasis law) {
        this.facts = new FactExtractor(new DocumentTypeRecognizer());
        this.law = law;
    }

    /** Reviews a case file against a rule set. */
    public ReviewReport review(CaseFile file, RuleSet rules) {
        CaseFacts f = facts.extract(file);
        List<Finding> findings = new ArrayList<>();
        List<String> problems = new ArrayList<>(file.problems());
        double deducted = 0;
        boolean vetoed = false;
        for (Rule r : rules.rules()) {
            if (!applies(r.scope(), f)) {
                continue;
            }
            Check check = Checks.find(r.check());
            List<Hit> hits;
            try {
                hits = check.run(f, new CheckContext(rules.parameters(), r.params(), law));
            } catch (RuntimeException e) {
                problems.add("rule " + r.id() + " could not be checked: " + e.getMessage());
                continue;
            }
            if (hits.isEmpty()) {
                continue;
            }
            List<Evidence> ev = new ArrayList<>();
            hits.forEach(h -> h.evidence().stream().filter(e -> !ev.contains(e)).forEach(ev::add));
            String message = fill(r.message(), hits.get(0).values());
            if (hits.size() > 1) {
                message += "（另有" + (hits.size() - 1) + "处）";
            }
            List<String> provisions = new ArrayList<>();
            hits.forEach(h -> h.provisions().stream().filter(p -> !provisions.contains(p)).forEach(provisions::add));
            findings.add(new Finding(r.id(), r.kind().code(), r.category(), r.points(), r.veto(), message,
                    ev.subList(0, Math.min(MAX_EVIDENCE, ev.size())), provisions));
            deducted += r.points();
            vetoed |= r.veto();
        }
        double score = Math.max(0, rules.total() - deducted);
        List<DocumentSummary> docs = new ArrayList<>();
        for (TypedDocument t : f.documents()) {
            docs.add(new DocumentSummary(t.name(), t.type().name(), t.confidence(), t.nameAgrees(), t.document().readBy(),
                    t.document().pages().size()));
            if (!t.nameAgrees()) {
                problems.add(t.name() + ": 文件名与内容不符（内容为" + t.type().name() + "）");
            }
        }
        String caseNo = f.record().map(r -> r.caseNo()).orElse(null);
        if (caseNo == null && f.decision().isPresent()) {
            caseNo = f.caseNumbers().stream().filter(q -> f.decision().get().name().equals(q.evidence().document()))
                    .map(q -> q.value()).findFirst().orElse(null);
        }
        String decided = f.date(Step.decided).map(d -> d.date().toString()).orElse(null);
        return new ReviewReport(file.name(), caseNo, f.agency(), decided, score, rules.grade(score, vetoed), rules.id(), findings, docs, problems);
    }

    private static boolean applies(Scope s, CaseFacts f) {
        if (!s.procedures().isEmpty() && !s.procedures().contains(f.procedure())) {
            return false;
        }
        String agency = f.agency() == null ? "" : f.agency();
        if (!s.regions().isEmpty() && s.regions().stream().noneMatch(agency::contains)) {
            return false;
        }
        if (!s.domains().isEmpty() && s.domains().stream().noneMatch(agency::contains)) {
            return false;
        }
        LocalDate day = f.date(Step.decided).map(d -> d.date()).orElse(null);
        if (day != null && s.from() != null && day.isBefore(s.from())) {
            return false;
        }
        return day == null || s.to() == null || !day.isAfter(s.to());
    }

    private static String fill(String template, Map<String, String> values) {
        Matcher m = VAR.matcher(template);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(values.getOrDefault(m.group(1), "")));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
