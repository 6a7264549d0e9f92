package cn.esip.api.apps;

import cn.esip.api.security.LockedJsonFile;
import cn.esip.api.security.Scope;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The registered applications, kept in one JSON file, {@code apps.json} in the security directory ({@code <data>/security} unless
 * {@code esip.security.dir} names a directory shared by several nodes).
 * The CLI and a running server share the file: every change is written to a temporary file and moved into
 * place under a file lock, and readers reload when the file changes, so a suspension made with
 * {@code ./esip apps suspend} takes effect on the server within a second.
 */
public final class AppRegistry {

    /** The result of registering an application or rotating its secret: the secret is shown only here. */
    public record Issued(ClientApp app, String secret) {
    }

    /** Default rate limit of a new application, calls per minute. */
    public static final int DEFAULT_RATE = 600;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final LockedJsonFile<ClientApp> store;
    private final Clock clock;
    private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    /** The registry in {@code securityDir/apps.json} (by default {@code <data>/security}). */
    public AppRegistry(Path securityDir, Clock clock) {
        this.store = new LockedJsonFile<>(securityDir.resolve("apps.json"), ClientApp.class, ClientApp::id);
        this.clock = clock;
    }

    public AppRegistry(Path securityDir) {
        this(securityDir, Clock.systemUTC());
    }

    public Path file() {
        return store.file();
    }

    /** Every application, oldest first. */
    public List<ClientApp> list() {
        List<ClientApp> out = new ArrayList<>(store.snapshot(true).values());
        out.sort(Comparator.comparing(ClientApp::created).thenComparing(ClientApp::id));
        return out;
    }

    /** The application with this id, as of the file at most a second ago (at once for an id not yet known). */
    public Optional<ClientApp> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Map<String, ClientApp> apps = store.snapshot(false);
        if (!apps.containsKey(id)) {
            // an application registered a moment ago (by the CLI or another node): look at the file again
            apps = store.snapshot(true);
        }
        return Optional.ofNullable(apps.get(id));
    }

    public ClientApp get(String id) {
        return find(id).orElseThrow(() -> new NoSuchElementException("no application " + id));
    }

    /** Registers an application; its secret is returned once and stored only as a hash. */
    public Issued add(String name, String agency, Set<Scope> scopes, Integer ratePerMinute, Instant expires) {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new IllegalArgumentException("an application needs a name of 1 to 100 characters");
        }
        if (scopes == null || scopes.isEmpty()) {
            throw new IllegalArgumentException("grant at least one scope");
        }
        int rate = ratePerMinute == null ? DEFAULT_RATE : ratePerMinute;
        if (rate < 1 || rate > 1_000_000) {
            throw new IllegalArgumentException("rate limit must be 1 to 1000000 calls per minute");
        }
        String secret = newSecret();
        Instant now = clock.instant();
        if (expires != null && !expires.isAfter(now)) {
            throw new IllegalArgumentException("expiry must lie in the future");
        }
        ClientApp app = new ClientApp("app-" + token(10), name.strip(), agency == null ? "" : agency.strip(), scopes,
                rate, expires, ClientApp.Status.ACTIVE, encoder.encode(secret), now, now);
        store.change(m -> {
            m.put(app.id(), app);
            return m;
        });
        return new Issued(app, secret);
    }

    /** Suspends or re-activates an application; a suspended one's tokens stop working at once. */
    public ClientApp setStatus(String id, ClientApp.Status status) {
        return update(id, a -> a.withStatus(status));
    }

    /** A new secret; the old one and every token issued before now stop working. */
    public Issued rotateSecret(String id) {
        String secret = newSecret();
        ClientApp app = update(id, a -> a.withSecret(encoder.encode(secret), clock.instant()));
        return new Issued(app, secret);
    }

    public void delete(String id) {
        get(id);
        store.change(m -> {
            m.remove(id);
            return m;
        });
    }

    /** The application if the id and secret match and it is usable now; empty otherwise (no hint why). */
    public Optional<ClientApp> authenticate(String id, String secret) {
        Optional<ClientApp> app = find(id);
        if (app.isEmpty() || secret == null) {
            // spend the time of a hash anyway, so that unknown ids are not told apart by timing
            encoder.matches(secret == null ? "" : secret, DUMMY_HASH);
            return Optional.empty();
        }
        ClientApp a = app.get();
        if (!encoder.matches(secret, a.secretHash()) || !a.usableAt(clock.instant())) {
            return Optional.empty();
        }
        return app;
    }

    private static final String DUMMY_HASH =
            PasswordEncoderFactories.createDelegatingPasswordEncoder().encode("not-a-secret");

    private ClientApp update(String id, UnaryOperator<ClientApp> f) {
        ClientApp[] out = new ClientApp[1];
        store.change(m -> {
            ClientApp a = m.get(id);
            if (a == null) {
                throw new NoSuchElementException("no application " + id);
            }
            out[0] = f.apply(a);
            m.put(id, out[0]);
            return m;
        });
        return out[0];
    }

    private static String newSecret() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    private static String token(int n) {
        String alphabet = "abcdefghijkmnpqrstuvwxyz23456789";
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return sb.toString();
    }
}
