package cn.esip.api.apps;

import cn.esip.api.security.Scope;

import java.time.Instant;
import java.util.Set;

/**
 * A registered calling application (SF/T 0185 A.3.4): its id, name, agency, granted scopes, rate limit,
 * expiry and state. The secret is kept only as a slow hash.
 */
public record ClientApp(String id, String name, String agency, Set<Scope> scopes, int ratePerMinute,
                        Instant expires, Status status, String secretHash, Instant created, Instant secretSince) {

    /** Whether the application may obtain and use tokens. */
    public enum Status { ACTIVE, SUSPENDED }

    public ClientApp {
        scopes = Set.copyOf(scopes);
    }

    /** Whether the application is active and not expired at {@code now}. */
    public boolean usableAt(Instant now) {
        return status == Status.ACTIVE && (expires == null || now.isBefore(expires));
    }

    public ClientApp withStatus(Status s) {
        return new ClientApp(id, name, agency, scopes, ratePerMinute, expires, s, secretHash, created, secretSince);
    }

    public ClientApp withSecret(String hash, Instant since) {
        return new ClientApp(id, name, agency, scopes, ratePerMinute, expires, status, hash, created, since);
    }
}
