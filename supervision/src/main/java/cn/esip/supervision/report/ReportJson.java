package cn.esip.supervision.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The report as the spec's JSON ({@code case}, caseNo, score, grade, ruleSet, findings with evidence …), one line. */
public final class ReportJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ReportJson() {
    }

    /** The report as a plain map tree, in the spec's field order. */
    public static Map<String, Object> tree(ReviewReport r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("case", r.caseName());
        m.put("caseNo", r.caseNo());
        m.put("agency", r.agency());
        m.put("decided", r.decided());
        m.put("score", r.score());
        m.put("grade", r.grade());
        m.put("ruleSet", r.ruleSet());
        List<Object> findings = new ArrayList<>();
        for (Finding f : r.findings()) {
            Map<String, Object> fm = new LinkedHashMap<>();
            fm.put("rule", f.rule());
            fm.put("kind", f.kind());
            fm.put("category", f.category());
            fm.put("deducted", f.deducted());
            if (f.veto()) {
                fm.put("veto", true);
            }
            fm.put("message", f.message());
            List<Object> ev = new ArrayList<>();
            for (Evidence e : f.evidence()) {
                Map<String, Object> em = new LinkedHashMap<>();
                if (e.field() != null) {
                    em.put("field", e.field());
                } else {
                    em.put("document", e.document());
                    if (e.page() > 0) {
                        em.put("page", e.page());
                    }
                    if (e.line() > 0) {
                        em.put("line", e.line());
                    }
                    if (e.quote() != null) {
                        em.put("quote", e.quote());
                    }
                }
                ev.add(em);
            }
            fm.put("evidence", ev);
            if (!f.provisions().isEmpty()) {
                fm.put("provisions", f.provisions());
            }
            findings.add(fm);
        }
        m.put("findings", findings);
        List<Object> docs = new ArrayList<>();
        for (DocumentSummary d : r.documents()) {
            Map<String, Object> dm = new LinkedHashMap<>();
            dm.put("document", d.document());
            dm.put("type", d.type());
            dm.put("confidence", d.confidence());
            dm.put("nameAgrees", d.nameAgrees());
            dm.put("readBy", d.readBy());
            dm.put("pages", d.pages());
            docs.add(dm);
        }
        m.put("documents", docs);
        m.put("problems", r.problems());
        return m;
    }

    /** The report on one line. */
    public static String line(ReviewReport r) {
        try {
            return JSON.writeValueAsString(tree(r));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A case that could not be reviewed, as one JSON line: {@code {"case": …, "error": …}}. */
    public static String error(String caseName, String message) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("case", caseName);
        m.put("error", message);
        try {
            return JSON.writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
