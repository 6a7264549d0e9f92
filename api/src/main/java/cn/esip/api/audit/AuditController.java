package cn.esip.api.audit;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The audit trail for administrators: {@code GET /api/v1/admin/audit} and {@code …/audit/verify}. */
@RestController
public class AuditController {

    private final AuditTrail trail;

    public AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/api/v1/admin/audit")
    public List<AuditRecord> query(@RequestParam(value = "app", required = false) String app,
                                   @RequestParam(value = "since", required = false) String since,
                                   @RequestParam(value = "until", required = false) String until,
                                   @RequestParam(value = "route", required = false) String route,
                                   @RequestParam(value = "status", required = false) Integer status,
                                   @RequestParam(value = "limit", defaultValue = "100") int limit) {
        return new AuditQuery(app, AuditQuery.day("since", since), AuditQuery.day("until", until), route, status, limit)
                .run(trail);
    }

    @GetMapping("/api/v1/admin/audit/verify")
    public AuditTrail.Verification verify() {
        return trail.verify();
    }
}
