package cn.esip.api.accounts;

import cn.esip.api.security.LockedJsonFile;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * People's local accounts, in {@code accounts.json} beside the applications (the security directory), shared by the
 * CLI and running servers the same way. A unified identity centre (SF/T 0185 A.4.2) would replace this store behind
 * Spring Security's OIDC login; see the README.
 */
public final class AccountStore {

    /** The result of creating an account or setting a password: a generated password is shown only here. */
    public record Issued(Account account, String password) {
    }

    /** Shortest password accepted. */
    public static final int MIN_PASSWORD = 8;
    /** Name of the file holding the first administrator's generated password until it is changed. */
    public static final String INITIAL_PASSWORD_FILE = "initial-admin-password";

    private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{1,31}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final LockedJsonFile<Account> store;
    private final Path dir;
    private final Clock clock;
    private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    public AccountStore(Path securityDir, Clock clock) {
        this.dir = securityDir;
        this.store = new LockedJsonFile<>(securityDir.resolve("accounts.json"), Account.class, Account::username);
        this.clock = clock;
    }

    public AccountStore(Path securityDir) {
        this(securityDir, Clock.systemUTC());
    }

    public PasswordEncoder encoder() {
        return encoder;
    }

    /** Every account, by user name. */
    public List<Account> list() {
        List<Account> out = new ArrayList<>(store.snapshot(true).values());
        out.sort(Comparator.comparing(Account::username));
        return out;
    }

    /** The account with this user name, as of the file now. */
    public Optional<Account> find(String username) {
        return Optional.ofNullable(username == null ? null : store.snapshot(true).get(username));
    }

    public Account get(String username) {
        return find(username).orElseThrow(() -> new NoSuchElementException("no account " + username));
    }

    /** Creates an account; without a password one is generated and returned once. */
    public Issued add(String username, String displayName, String agency, String region, Set<Role> roles, boolean pii,
                      String password) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new IllegalArgumentException("a user name is 2 to 32 lower-case letters, digits, '.', '_' or '-', starting with a letter");
        }
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException("give the account at least one role (handler, reviewer, admin)");
        }
        String name = displayName == null || displayName.isBlank() ? username : displayName.strip();
        if (name.length() > 50) {
            throw new IllegalArgumentException("a display name has at most 50 characters");
        }
        String home = region == null || region.isBlank() ? null : region.strip();
        if (home != null && !home.matches("\\d{6}")) {
            throw new IllegalArgumentException("a region is a six-digit GB/T 2260 code: " + region);
        }
        String pw = password == null ? newPassword() : checked(password);
        Account a = new Account(username, name, agency == null ? "" : agency.strip(), home, roles, pii,
                Account.Status.ACTIVE, encoder.encode(pw), clock.instant());
        store.change(m -> {
            if (m.containsKey(username)) {
                throw new IllegalArgumentException("an account named " + username + " exists already");
            }
            m.put(username, a);
            return m;
        });
        return new Issued(a, password == null ? pw : null);
    }

    /** Sets a password (generated and returned once when none is given); the first administrator's file goes. */
    public Issued setPassword(String username, String password) {
        String pw = password == null ? newPassword() : checked(password);
        Account a = update(username, x -> x.withPasswordHash(encoder.encode(pw)));
        try {
            Files.deleteIfExists(dir.resolve(INITIAL_PASSWORD_FILE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Issued(a, password == null ? pw : null);
    }

    /** Suspends or re-activates an account; a suspended person cannot log in. */
    public Account setStatus(String username, Account.Status status) {
        if (status == Account.Status.SUSPENDED) {
            refuseLastAdmin(username);
        }
        return update(username, a -> a.withStatus(status));
    }

    /** Deletes an account, never the last active administrator. */
    public void delete(String username) {
        get(username);
        refuseLastAdmin(username);
        store.change(m -> {
            m.remove(username);
            return m;
        });
    }

    /**
     * On a platform without any account, creates {@code admin} with a generated password, written (owner-only) to
     * {@code initial-admin-password} in the security directory; returns that file, or empty when accounts exist.
     */
    public Optional<Path> ensureFirstAdmin() {
        if (!store.snapshot(true).isEmpty()) {
            return Optional.empty();
        }
        Issued issued = add("admin", "管理员", "", null, Set.of(Role.ADMIN), false, null);
        Path f = dir.resolve(INITIAL_PASSWORD_FILE);
        try {
            Files.writeString(f, issued.password() + "\n");
            try {
                Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system: the directory's own permissions apply
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + f, e);
        }
        return Optional.of(f);
    }

    private void refuseLastAdmin(String username) {
        Account a = get(username);
        if (a.roles().contains(Role.ADMIN) && a.status() == Account.Status.ACTIVE
                && list().stream().filter(x -> x.roles().contains(Role.ADMIN) && x.status() == Account.Status.ACTIVE).count() <= 1) {
            throw new IllegalArgumentException("the last active administrator cannot be suspended or deleted");
        }
    }

    private Account update(String username, UnaryOperator<Account> f) {
        Account[] out = new Account[1];
        store.change(m -> {
            Account a = m.get(username);
            if (a == null) {
                throw new NoSuchElementException("no account " + username);
            }
            out[0] = f.apply(a);
            m.put(username, out[0]);
            return m;
        });
        return out[0];
    }

    private static String checked(String password) {
        if (password.length() < MIN_PASSWORD || password.length() > 128) {
            throw new IllegalArgumentException("a password has " + MIN_PASSWORD + " to 128 characters");
        }
        return password;
    }

    private static String newPassword() {
        String alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        StringBuilder sb = new StringBuilder(16);
        for (int i = 0; i < 16; i++) {
            sb.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return sb.toString();
    }
}
