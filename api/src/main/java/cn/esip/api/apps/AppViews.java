package cn.esip.api.apps;

import cn.esip.api.security.Scope;

import java.util.LinkedHashMap;
import java.util.Map;

/** How an application is shown to administrators (CLI and REST alike): never its secret hash. */
public final class AppViews {

    private AppViews() {
    }

    public static Map<String, Object> view(ClientApp a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("name", a.name());
        m.put("agency", a.agency());
        m.put("scopes", a.scopes().stream().map(Scope::id).sorted().toList());
        m.put("ratePerMinute", a.ratePerMinute());
        m.put("expires", a.expires() == null ? null : a.expires().toString());
        m.put("status", a.status().name().toLowerCase());
        m.put("created", a.created().toString());
        m.put("secretSince", a.secretSince().toString());
        return m;
    }

    /** An application with its new secret, shown once. */
    public static Map<String, Object> issued(AppRegistry.Issued i) {
        Map<String, Object> m = view(i.app());
        m.put("secret", i.secret());
        m.put("note", "the secret is shown only now; store it safely");
        return m;
    }
}
