package cn.esip.api.accounts;

import cn.esip.api.security.Scope;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * A person's local account for the web pages: user name, display name, agency, the region they work in (GB/T 2260,
 * or null: its local rules rank with national law in their searches), roles, whether personal data is shown to them
 * unmasked ({@code pii}), state, and the password kept only as a slow hash.
 */
public record Account(String username, String displayName, String agency, String region, Set<Role> roles, boolean pii,
                      Status status, String passwordHash, Instant created) {

    /** Whether the person may log in. */
    public enum Status { ACTIVE, SUSPENDED }

    public Account {
        roles = Set.copyOf(roles);
    }

    /** The scopes the account's roles grant, with {@code pii} when it is allowed. */
    public Set<Scope> scopes() {
        Set<Scope> out = EnumSet.noneOf(Scope.class);
        roles.forEach(r -> out.addAll(r.scopes()));
        if (pii) {
            out.add(Scope.PII);
        }
        return out;
    }

    public Account withStatus(Status s) {
        return new Account(username, displayName, agency, region, roles, pii, s, passwordHash, created);
    }

    public Account withPasswordHash(String hash) {
        return new Account(username, displayName, agency, region, roles, pii, status, hash, created);
    }
}
