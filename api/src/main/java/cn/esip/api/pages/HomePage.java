package cn.esip.api.pages;

import cn.esip.api.law.LawIndexBootstrap;
import cn.esip.api.law.LawStatus;
import cn.esip.kg.service.LawKnowledgeBase;
import cn.esip.models.ModelStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;

import java.util.List;

/** The start page (what is ready, what is being built, what is missing and how to add it) and the login page. */
@Controller
public class HomePage {

    private final LawKnowledgeBase kb;
    private final LawIndexBootstrap bootstrap;
    private final PlatformStatus platform;

    public HomePage(LawKnowledgeBase kb, LawIndexBootstrap bootstrap, PlatformStatus platform) {
        this.kb = kb;
        this.bootstrap = bootstrap;
        this.platform = platform;
    }

    @GetMapping("/")
    public String home(@RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        LawStatus law = LawStatus.of(kb, bootstrap);
        boolean ready = law.ready();
        model.addAttribute("index", law.index());
        model.addAttribute("ready", ready);
        model.addAttribute("detail", law.detail());
        model.addAttribute("vectors", law.vectors());
        model.addAttribute("vectorsReady", ready && kb.vectorsReady());
        model.addAttribute("articles", law.articles());
        model.addAttribute("cases", law.typicalCases());
        List<ModelStatus> models = platform.models();
        model.addAttribute("models", models);
        model.addAttribute("missing", models.stream().filter(m -> !m.usable()).toList());
        // the status block refreshes itself while something is still being built
        model.addAttribute("building", !ready || !kb.vectorsReady());
        return htmx != null ? "home :: status" : "home";
    }

    /** Where a person lands on a page their roles do not open (answered 403). */
    @org.springframework.web.bind.annotation.RequestMapping("/ui/denied")
    public String denied(jakarta.servlet.http.HttpServletResponse res, Model model) {
        res.setStatus(403);
        model.addAttribute("status", 403);
        model.addAttribute("title", "无权访问");
        model.addAttribute("detail", "您的角色不能打开这个页面。需要时请管理员为账号增加相应角色。");
        return "error-page";
    }

    @GetMapping("/login")
    public String login() {
        return "login";
    }
}
