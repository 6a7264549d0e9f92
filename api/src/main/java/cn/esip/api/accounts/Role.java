package cn.esip.api.accounts;

import cn.esip.api.security.Scope;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** What a person does on the platform, and the scopes (the same as applications') that it grants. */
public enum Role {
    HANDLER("handler", "办案人员", EnumSet.of(Scope.LAW_READ, Scope.NLP, Scope.OCR, Scope.SPEECH)),
    REVIEWER("reviewer", "评查人员", EnumSet.of(Scope.LAW_READ, Scope.NLP, Scope.OCR, Scope.REVIEW, Scope.REVIEW_DECIDE)),
    ADMIN("admin", "管理员", EnumSet.of(Scope.ADMIN, Scope.LAW_READ));

    private final String id;
    private final String label;
    private final Set<Scope> scopes;

    Role(String id, String label, Set<Scope> scopes) {
        this.id = id;
        this.label = label;
        this.scopes = scopes;
    }

    public String id() {
        return id;
    }

    /** The role's Chinese name, as the pages show it. */
    public String label() {
        return label;
    }

    public Set<Scope> scopes() {
        return Set.copyOf(scopes);
    }

    /** Parses a comma- or space-separated list of role names; an unknown one is the caller's mistake. */
    public static Set<Role> parse(String list) {
        Set<Role> out = new LinkedHashSet<>();
        for (String p : (list == null ? "" : list).split("[\\s,]+")) {
            if (p.isBlank()) {
                continue;
            }
            String s = p.strip().toLowerCase(Locale.ROOT);
            out.add(Arrays.stream(values()).filter(r -> r.id.equals(s)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown role '" + p + "' (known: "
                            + Arrays.stream(values()).map(Role::id).collect(Collectors.joining(", ")) + ")")));
        }
        return out;
    }
}
