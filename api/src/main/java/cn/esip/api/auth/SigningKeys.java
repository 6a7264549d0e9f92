package cn.esip.api.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * The RSA keys that sign access tokens, kept as a private JWK set in {@code security/jwks.json} under the
 * data directory (created on first start, readable by the owner only). The newest key signs; older keys
 * still verify until every token they signed has expired, so a rotation never cuts off a caller. Nodes
 * behind a load balancer share the file (or a copy of it) and so accept each other's tokens.
 */
public final class SigningKeys {

    private final Path file;
    private final Clock clock;
    private final Duration tokenLifetime;
    private JWKSet keys;
    private FileTime loaded;
    private long checkedAt;

    /** The keys in {@code securityDir/jwks.json} (by default {@code <data>/security}). */
    public SigningKeys(Path securityDir, Duration tokenLifetime, Clock clock) {
        this.file = securityDir.resolve("jwks.json");
        this.clock = clock;
        this.tokenLifetime = tokenLifetime;
    }

    /** The key that signs new tokens; creates the key set on first use. */
    public synchronized RSAKey current() {
        refresh(false);
        if (keys == null || keys.getKeys().isEmpty()) {
            write(List.of(newKey()));
        }
        return (RSAKey) keys.getKeys().get(0);
    }

    /** Every key that may still verify a token (public and private halves). */
    public synchronized JWKSet all() {
        current();
        return keys;
    }

    /** A new signing key; older keys stay for verification as long as tokens they signed may live. */
    public synchronized RSAKey rotate() {
        refresh(true);
        List<JWK> list = new ArrayList<>();
        RSAKey fresh = newKey();
        list.add(fresh);
        if (keys != null) {
            Instant cutoff = clock.instant().minus(tokenLifetime);
            Instant newerIssued = clock.instant();
            for (JWK k : keys.getKeys()) {
                // a key is needed while the key after it was issued less than a token lifetime ago
                if (newerIssued.isAfter(cutoff)) {
                    list.add(k);
                }
                newerIssued = k.getIssueTime() == null ? Instant.EPOCH : k.getIssueTime().toInstant();
            }
        }
        write(list);
        return fresh;
    }

    private RSAKey newKey() {
        try {
            return new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
                    .keyID(UUID.randomUUID().toString()).issueTime(Date.from(clock.instant())).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot generate an RSA signing key", e);
        }
    }

    private void write(List<JWK> list) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling("jwks.json.tmp");
            Files.writeString(tmp, new JWKSet(list).toString(false), StandardCharsets.UTF_8);
            try {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            keys = new JWKSet(list);
            loaded = Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private void refresh(boolean force) {
        long now = System.nanoTime();
        if (!force && keys != null && now - checkedAt < 1_000_000_000L) {
            return;
        }
        checkedAt = now;
        try {
            if (!Files.exists(file)) {
                return;
            }
            FileTime t = Files.getLastModifiedTime(file);
            if (!t.equals(loaded)) {
                keys = JWKSet.parse(Files.readString(file, StandardCharsets.UTF_8));
                loaded = t;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        } catch (ParseException e) {
            throw new IllegalStateException(file + " is not a JWK set: " + e.getMessage(), e);
        }
    }
}
