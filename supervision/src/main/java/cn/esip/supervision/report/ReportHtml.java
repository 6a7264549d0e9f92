package cn.esip.supervision.report;

/** The readable report: one self-contained HTML page (no scripts, no external resources), each finding with its quotes. */
public final class ReportHtml {

    private ReportHtml() {
    }

    public static String page(ReviewReport r) {
        StringBuilder sb = new StringBuilder();
        sb.append("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>案卷评查报告 ")
                .append(esc(r.caseName())).append("</title>\n<style>body{font-family:'Noto Sans CJK SC','Noto Serif CJK SC',sans-serif;margin:2em;max-width:60em}"
                        + "table{border-collapse:collapse;width:100%}td,th{border:1px solid #999;padding:.3em .5em;vertical-align:top}"
                        + "blockquote{margin:.2em 0;padding:.2em .6em;border-left:3px solid #c33;background:#f8f0f0}.veto{color:#c00;font-weight:bold}</style></head><body>\n");
        sb.append("<h1>案卷评查报告</h1>\n<table>");
        row(sb, "案卷", r.caseName());
        row(sb, "案号", r.caseNo());
        row(sb, "评查标准", r.ruleSet());
        row(sb, "得分", String.format("%.1f", r.score()));
        row(sb, "等次", r.grade());
        sb.append("</table>\n<h2>发现的问题（").append(r.findings().size()).append("）</h2>\n");
        if (r.findings().isEmpty()) {
            sb.append("<p>未发现问题。</p>\n");
        } else {
            sb.append("<table><tr><th>规则</th><th>类别</th><th>扣分</th><th>问题与证据</th></tr>\n");
            for (Finding f : r.findings()) {
                sb.append("<tr><td>").append(esc(f.rule())).append("<br><small>").append(esc(f.kind())).append("</small></td><td>")
                        .append(esc(f.category())).append("</td><td>").append(f.deducted())
                        .append(f.veto() ? " <span class=\"veto\">一票否决</span>" : "").append("</td><td>").append(esc(f.message()));
                for (Evidence e : f.evidence()) {
                    sb.append("<blockquote>");
                    if (e.field() != null) {
                        sb.append("case.json：").append(esc(e.field()));
                    } else {
                        sb.append(esc(e.document()));
                        if (e.page() > 0) {
                            sb.append(" 第").append(e.page()).append("页");
                        }
                        if (e.line() > 0) {
                            sb.append(" 第").append(e.line()).append("行");
                        }
                        if (e.quote() != null) {
                            sb.append("：“").append(esc(e.quote())).append("”");
                        }
                    }
                    sb.append("</blockquote>");
                }
                sb.append("</td></tr>\n");
            }
            sb.append("</table>\n");
        }
        sb.append("<h2>文书</h2>\n<table><tr><th>文件</th><th>识别类型</th><th>读取方式</th><th>页数</th></tr>\n");
        for (DocumentSummary d : r.documents()) {
            sb.append("<tr><td>").append(esc(d.document())).append("</td><td>").append(esc(d.type()))
                    .append(d.nameAgrees() ? "" : "（与文件名不符）").append("</td><td>").append(esc(d.readBy()))
                    .append("</td><td>").append(d.pages()).append("</td></tr>\n");
        }
        sb.append("</table>\n");
        if (!r.problems().isEmpty()) {
            sb.append("<h2>读取问题</h2><ul>");
            r.problems().forEach(p -> sb.append("<li>").append(esc(p)).append("</li>"));
            sb.append("</ul>\n");
        }
        sb.append("<p><small>自动预评查结果，须经评查人员复核确认。</small></p></body></html>\n");
        return sb.toString();
    }

    private static void row(StringBuilder sb, String k, String v) {
        sb.append("<tr><th>").append(esc(k)).append("</th><td>").append(esc(v)).append("</td></tr>");
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
