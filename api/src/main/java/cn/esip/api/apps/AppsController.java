package cn.esip.api.apps;

import cn.esip.api.security.Scope;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Administration of registered applications under {@code /api/v1/admin/apps} (scope {@code admin}). */
@RestController
@RequestMapping("/api/v1/admin/apps")
public class AppsController {

    /** A new application: name, agency, scopes, calls per minute, expiry (ISO instant), all but name optional. */
    public record NewApp(String name, String agency, List<String> scopes, Integer ratePerMinute, String expires) {
    }

    private final AppRegistry apps;

    public AppsController(AppRegistry apps) {
        this.apps = apps;
    }

    @GetMapping
    public List<Map<String, Object>> list() {
        return apps.list().stream().map(AppViews::view).toList();
    }

    @GetMapping("/{id}")
    public Map<String, Object> get(@PathVariable String id) {
        return AppViews.view(apps.get(id));
    }

    @PostMapping
    public ResponseEntity<Map<String, Object>> add(@RequestBody NewApp req) {
        if (req == null) {
            throw new IllegalArgumentException("send {name, agency, scopes, ratePerMinute, expires}");
        }
        Set<Scope> scopes = new LinkedHashSet<>();
        for (String s : req.scopes() == null ? List.<String>of() : req.scopes()) {
            scopes.add(Scope.of(s));
        }
        Instant expires;
        try {
            expires = req.expires() == null || req.expires().isBlank() ? null : Instant.parse(req.expires());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("expires must be an ISO instant such as 2027-12-31T00:00:00Z");
        }
        AppRegistry.Issued i = apps.add(req.name(), req.agency(), scopes, req.ratePerMinute(), expires);
        return ResponseEntity.created(URI.create("/api/v1/admin/apps/" + i.app().id())).body(AppViews.issued(i));
    }

    @PostMapping("/{id}/suspend")
    public Map<String, Object> suspend(@PathVariable String id) {
        return AppViews.view(apps.setStatus(id, ClientApp.Status.SUSPENDED));
    }

    @PostMapping("/{id}/activate")
    public Map<String, Object> activate(@PathVariable String id) {
        return AppViews.view(apps.setStatus(id, ClientApp.Status.ACTIVE));
    }

    @PostMapping("/{id}/rotate-secret")
    public Map<String, Object> rotate(@PathVariable String id) {
        return AppViews.issued(apps.rotateSecret(id));
    }

    @DeleteMapping("/{id}")
    public ResponseEntity<Void> delete(@PathVariable String id) {
        apps.delete(id);
        return ResponseEntity.status(HttpStatus.NO_CONTENT).build();
    }
}
