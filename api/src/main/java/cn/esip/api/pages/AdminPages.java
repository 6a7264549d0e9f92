package cn.esip.api.pages;

import cn.esip.api.accounts.Account;
import cn.esip.api.accounts.AccountStore;
import cn.esip.api.accounts.Role;
import cn.esip.api.apps.AppRegistry;
import cn.esip.api.apps.ClientApp;
import cn.esip.api.audit.AuditQuery;
import cn.esip.api.audit.AuditRecord;
import cn.esip.api.audit.AuditTrail;
import cn.esip.api.security.Scope;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** 管理 for administrators: applications and their secrets, people's accounts, the audit trail and the models. */
@Controller
public class AdminPages {

    /** Most audit records one page shows (the newest). */
    static final int AUDIT_ROWS = 200;

    private final AppRegistry apps;
    private final AccountStore accounts;
    private final AuditTrail trail;
    private final PlatformStatus platform;

    public AdminPages(AppRegistry apps, AccountStore accounts, AuditTrail trail, PlatformStatus platform) {
        this.apps = apps;
        this.accounts = accounts;
        this.trail = trail;
        this.platform = platform;
    }

    @GetMapping("/ui/admin/apps")
    public String apps(Model model) {
        model.addAttribute("apps", apps.list());
        model.addAttribute("scopes", Scope.values());
        return "admin/apps";
    }

    @PostMapping("/ui/admin/apps")
    public String addApp(@RequestParam String name, @RequestParam(required = false) String agency,
                         @RequestParam(required = false) List<String> scopes, @RequestParam(required = false) Integer rate,
                         Model model) {
        Set<Scope> granted = EnumSet.noneOf(Scope.class);
        for (String s : scopes == null ? List.<String>of() : scopes) {
            granted.add(Scope.of(s));
        }
        model.addAttribute("issued", apps.add(name, agency, granted, rate, null));
        return apps(model);
    }

    @PostMapping("/ui/admin/apps/{id}/{action}")
    public String appAction(@PathVariable String id, @PathVariable String action, Model model) {
        switch (action) {
            case "suspend" -> apps.setStatus(id, ClientApp.Status.SUSPENDED);
            case "activate" -> apps.setStatus(id, ClientApp.Status.ACTIVE);
            case "rotate" -> model.addAttribute("issued", apps.rotateSecret(id));
            case "delete" -> apps.delete(id);
            default -> throw new IllegalArgumentException("未知操作：" + action);
        }
        return model.containsAttribute("issued") ? apps(model) : "redirect:/ui/admin/apps";
    }

    @GetMapping("/ui/admin/accounts")
    public String accounts(Model model) {
        model.addAttribute("accounts", accounts.list());
        model.addAttribute("roles", Role.values());
        return "admin/accounts";
    }

    @PostMapping("/ui/admin/accounts")
    public String addAccount(@RequestParam String username, @RequestParam(required = false) String displayName,
                             @RequestParam(required = false) String agency,
                             @RequestParam(required = false) String region,
                             @RequestParam(required = false) List<String> roles,
                             @RequestParam(defaultValue = "false") boolean pii,
                             @RequestParam(required = false) String password, Model model) {
        Set<Role> r = Role.parse(String.join(",", roles == null ? List.of() : roles));
        model.addAttribute("issued", accounts.add(username, displayName, agency, region, r, pii, LawPages.blankToNull(password)));
        return accounts(model);
    }

    @PostMapping("/ui/admin/accounts/{username}/{action}")
    public String accountAction(@PathVariable String username, @PathVariable String action,
                                @RequestParam(required = false) String password, Model model) {
        switch (action) {
            case "suspend" -> accounts.setStatus(username, Account.Status.SUSPENDED);
            case "activate" -> accounts.setStatus(username, Account.Status.ACTIVE);
            case "password" -> model.addAttribute("issued", accounts.setPassword(username, LawPages.blankToNull(password)));
            case "delete" -> accounts.delete(username);
            default -> throw new IllegalArgumentException("未知操作：" + action);
        }
        return model.containsAttribute("issued") ? accounts(model) : "redirect:/ui/admin/accounts";
    }

    @GetMapping("/ui/admin/audit")
    public String audit(@RequestParam(required = false) String app, @RequestParam(required = false) String since,
                        @RequestParam(required = false) String until, @RequestParam(required = false) String route,
                        @RequestParam(required = false) Integer status, Model model) {
        LocalDate from = AuditQuery.day("since", since);
        LocalDate to = AuditQuery.day("until", until);
        if (from == null && to == null) {
            from = LocalDate.now(ZoneOffset.UTC);
        }
        List<AuditRecord> rows = new AuditQuery(LawPages.blankToNull(app), from, to, LawPages.blankToNull(route),
                status, AuditQuery.MAX_LIMIT).run(trail);
        List<AuditRecord> newest = new ArrayList<>(rows.subList(Math.max(0, rows.size() - AUDIT_ROWS), rows.size()));
        Collections.reverse(newest);
        model.addAttribute("rows", newest);
        model.addAttribute("total", rows.size());
        model.addAttribute("app", app == null ? "" : app);
        model.addAttribute("since", from);
        model.addAttribute("until", to);
        model.addAttribute("route", route == null ? "" : route);
        model.addAttribute("statusFilter", status);
        model.addAttribute("retention", trail.retentionDays());
        return "admin/audit";
    }

    @PostMapping("/ui/admin/audit/verify")
    public String verify(Model model) {
        model.addAttribute("verification", trail.verify());
        return audit(null, null, null, null, null, model);
    }

    @GetMapping("/ui/admin/models")
    public String models(Model model) {
        model.addAttribute("home", platform.registry().home());
        model.addAttribute("models", platform.models());
        return "admin/models";
    }
}
