package cn.esip.api.pages;

import cn.esip.api.law.LawIndexBootstrap;
import cn.esip.kg.domain.EffectLevel;
import cn.esip.kg.search.SearchRequest;
import cn.esip.kg.search.SearchResult;
import cn.esip.kg.service.LawKnowledgeBase;
import cn.esip.kg.view.ProvisionSummary;
import cn.esip.kg.view.ProvisionView;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** 法规检索 for case handlers: search, the article view, 法条推荐 from pasted facts and QA. */
@Controller
public class LawPages {

    /** Levels offered in the search filter (labels as the index keeps them). */
    static final List<String> LEVELS = java.util.Arrays.stream(EffectLevel.values()).map(EffectLevel::label).toList();
    /** Validity states offered in the filter. */
    static final List<String> VALIDITIES = java.util.stream.Stream.concat(
            java.util.Arrays.stream(cn.esip.kg.domain.Validity.values()).map(cn.esip.kg.domain.Validity::label),
            java.util.stream.Stream.of("any")).toList();

    private final LawKnowledgeBase kb;
    private final LawIndexBootstrap bootstrap;
    private final cn.esip.api.accounts.AccountStore accounts;

    public LawPages(LawKnowledgeBase kb, LawIndexBootstrap bootstrap, cn.esip.api.accounts.AccountStore accounts) {
        this.kb = kb;
        this.bootstrap = bootstrap;
        this.accounts = accounts;
    }

    /** The region the logged-in person works in (their account's), or null. */
    private String home(org.springframework.security.core.Authentication who) {
        return who == null ? null : accounts.find(who.getName()).map(cn.esip.api.accounts.Account::region).orElse(null);
    }

    @GetMapping("/ui/law/search")
    public String search(@RequestParam(required = false) String q, @RequestParam(required = false) String level,
                         @RequestParam(required = false) String region, @RequestParam(required = false) String validity,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validOn,
                         @RequestParam(required = false) String mode,
                         @RequestHeader(value = "HX-Request", required = false) String htmx,
                         org.springframework.security.core.Authentication who, Model model) {
        model.addAttribute("q", q == null ? "" : q);
        String home = home(who);
        model.addAttribute("home", home);
        model.addAttribute("level", blankToNull(level));
        model.addAttribute("region", blankToNull(region));
        model.addAttribute("validity", blankToNull(validity));
        model.addAttribute("validOn", validOn);
        model.addAttribute("mode", blankToNull(mode));
        model.addAttribute("levels", LEVELS);
        model.addAttribute("validities", VALIDITIES);
        model.addAttribute("status", bootstrap.state().name());
        if (q != null && !q.isBlank()) {
            SearchRequest request = SearchRequest.fromUser(q, level, region, validity, validOn, 20, mode, home);
            bootstrap.requireReady();
            long t0 = System.nanoTime();
            SearchResult result = kb.searchWithMode(request);
            model.addAttribute("result", result);
            model.addAttribute("millis", (System.nanoTime() - t0) / 1_000_000);
        }
        return htmx != null ? "law/search :: results" : "law/search";
    }

    @GetMapping("/ui/law/provisions/{law}/{digits}")
    public String article(@PathVariable String law, @PathVariable String digits, Model model) {
        bootstrap.requireReady();
        ProvisionView p = kb.provision(law + "/" + digits);
        model.addAttribute("p", p);
        model.addAttribute("path", chapterPath(p));
        List<ProvisionView.ProvisionVersion> versions = new ArrayList<>(p.versions());
        versions.sort((x, y) -> x.date() == null || y.date() == null ? 0 : x.date().compareTo(y.date()));
        List<Map<String, Object>> changes = new ArrayList<>();
        for (int i = 1; i < versions.size(); i++) {
            ProvisionView.ProvisionVersion before = versions.get(i - 1);
            ProvisionView.ProvisionVersion after = versions.get(i);
            if (!java.util.Objects.equals(before.text(), after.text())) {
                List<List<TextDiff.Segment>> sides = TextDiff.sides(before.text(), after.text());
                changes.add(Map.of("before", before, "after", after, "left", sides.get(0), "right", sides.get(1)));
            }
        }
        model.addAttribute("versions", versions);
        model.addAttribute("changes", changes);
        var cases = kb.similarCases();
        model.addAttribute("cases", cases == null || p.text() == null ? List.of()
                : cases.find(p.text(), Set.of(p.code()), 5));
        return "law/article";
    }

    @GetMapping("/ui/law/recommend")
    public String recommendForm(org.springframework.security.core.Authentication who, Model model) {
        model.addAttribute("facts", "");
        model.addAttribute("region", home(who));
        return "law/recommend";
    }

    @PostMapping("/ui/law/recommend")
    public String recommend(@RequestParam String facts, @RequestParam(required = false) String region,
                            @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        cn.esip.kg.recommend.LawRecommender.validate(facts, blankToNull(region));
        bootstrap.requireReady();
        model.addAttribute("facts", facts);
        model.addAttribute("region", blankToNull(region));
        model.addAttribute("result", kb.recommend(facts, blankToNull(region), 5));
        return htmx != null ? "law/recommend :: answer" : "law/recommend";
    }

    @GetMapping("/ui/law/qa")
    public String qaForm(Model model) {
        model.addAttribute("question", "");
        return "law/qa";
    }

    @PostMapping("/ui/law/qa")
    public String qa(@RequestParam String question,
                     @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        cn.esip.kg.qa.LawQa.requirePresent(question);
        bootstrap.requireReady();
        model.addAttribute("question", question);
        model.addAttribute("answer", kb.ask(question));
        return htmx != null ? "law/qa :: answer" : "law/qa";
    }

    /** The article's chapter path, outermost first (编, 章, 节), read up its parents. */
    private List<ProvisionSummary> chapterPath(ProvisionView p) {
        List<ProvisionSummary> path = new ArrayList<>();
        ProvisionSummary up = p.parent();
        for (int guard = 0; up != null && guard < 6; guard++) {
            path.add(up);
            try {
                up = kb.provision(up.code()).parent();
            } catch (RuntimeException e) {
                break;
            }
        }
        Collections.reverse(path);
        return path;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
