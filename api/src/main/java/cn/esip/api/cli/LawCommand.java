package cn.esip.api.cli;

import cn.esip.kg.service.LawKnowledgeBase;
import cn.esip.kg.store.GraphKeys;
import cn.esip.kg.view.CitationLink;
import cn.esip.kg.view.LawView;
import cn.esip.kg.view.ProvisionSummary;
import cn.esip.kg.view.ProvisionView;
import cn.esip.kg.view.VersionSummary;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.NoSuchElementException;
import java.util.concurrent.Callable;

/** {@code esip law}: one law or provision from the graph, with children, citations out and in, and versions. */
@Command(name = "law", mixinStandardHelpOptions = true,
        description = "Show a law (code or code@YYYY-MM-DD) or a provision (law code/digits) from the graph.")
public final class LawCommand implements Callable<Integer> {

    @Mixin
    DataOptions dataOptions = new DataOptions();

    @Parameters(index = "0", paramLabel = "CODE", description = "Law code (11-100000-1996-0001), version id, or provision code.")
    String code;

    @Option(names = "--json", description = "Print the whole record as JSON.")
    boolean json;

    @Override
    public Integer call() {
        try (LawKnowledgeBase kb = KnowledgeBases.open(dataOptions)) {
            if (GraphKeys.isProvisionCode(code)) {
                ProvisionView p = kb.provision(code);
                System.out.println(json ? Json.pretty(p) : text(p));
            } else {
                LawView l = kb.law(code);
                System.out.println(json ? Json.pretty(l) : text(l));
            }
        } catch (NoSuchElementException | IllegalArgumentException e) {
            throw new EsipMain.UsageError(e.getMessage());
        }
        return 0;
    }

    private static String text(LawView l) {
        StringBuilder sb = new StringBuilder();
        sb.append(l.law().title()).append("  ").append(l.law().code()).append('\n');
        sb.append(l.law().level()).append(", region ").append(l.law().region())
                .append(l.enactingBody() == null ? "" : ", " + l.enactingBody()).append('\n');
        if (l.shownVersion() != null) {
            sb.append("version ").append(l.shownVersion().id()).append(" (").append(l.shownVersion().validity()).append(")\n");
        }
        l.history().forEach(h -> sb.append("  ").append(h).append('\n'));
        sb.append("versions:\n");
        for (VersionSummary v : l.versions()) {
            sb.append("  ").append(v.id()).append("  ").append(v.validity()).append("  ").append(v.sourceFile()).append('\n');
        }
        l.implementsLaws().forEach(o -> sb.append("implements ").append(o.title()).append("  ").append(o.code()).append('\n'));
        l.implementedBy().forEach(o -> sb.append("implemented by ").append(o.title()).append("  ").append(o.code()).append('\n'));
        sb.append("contents:\n");
        for (ProvisionSummary c : l.children()) {
            sb.append("  ").append(c.code()).append("  ").append(shorten(c.level().equals("条") ? c.text() : c.label(), 60)).append('\n');
        }
        return sb.toString().stripTrailing();
    }

    private static String text(ProvisionView p) {
        StringBuilder sb = new StringBuilder();
        sb.append(p.law().title()).append(' ').append(p.label()).append("  ").append(p.code()).append('\n');
        sb.append("version ").append(p.versionId()).append(p.parent() == null ? "" : ", in " + p.parent().label()).append('\n');
        sb.append(p.text()).append('\n');
        if (!p.children().isEmpty()) {
            sb.append("children:\n");
            p.children().forEach(c -> sb.append("  ").append(c.code()).append("  ").append(shorten(c.text(), 60)).append('\n'));
        }
        if (!p.citesOut().isEmpty()) {
            sb.append("cites:\n");
            for (CitationLink c : p.citesOut()) {
                sb.append("  ").append(c.text()).append(" -> ")
                        .append(c.code() == null ? "(unresolved: " + c.status() + ", " + c.lawTitle() + ")"
                                : c.code() + " " + nz(c.lawTitle()) + nz(c.label())).append('\n');
            }
        }
        if (!p.citedBy().isEmpty()) {
            sb.append("cited by:\n");
            p.citedBy().forEach(c -> sb.append("  ").append(c.code()).append(" ").append(nz(c.lawTitle())).append(nz(c.label()))
                    .append(": ").append(c.text()).append('\n'));
        }
        if (p.penalty() != null) {
            sb.append("penalty: ").append(p.penalty().types().isEmpty() ? "—" : String.join("、", p.penalty().types()))
                    .append(p.penalty().corrective() ? " (and 责令改正, not a penalty)" : "").append('\n');
            p.penalty().fines().forEach(f -> sb.append("  fine ").append(f.min() == null ? "" : f.min().toPlainString())
                    .append("–").append(f.max() == null ? "" : f.max().toPlainString())
                    .append(f.base() == null ? " 元" : " × " + f.base()).append(f.floor() == null ? "" : " (base at least " + f.floor().toPlainString() + " 元)")
                    .append("  [").append(f.text()).append("]\n"));
        }
        sb.append("versions:\n");
        p.versions().forEach(v -> sb.append("  ").append(v.versionId()).append("  ").append(v.validity()).append('\n'));
        return sb.toString().stripTrailing();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String shorten(String s, int n) {
        if (s == null) {
            return "";
        }
        String one = s.replace('\n', ' ');
        return one.length() <= n ? one : one.substring(0, n) + "…";
    }
}
