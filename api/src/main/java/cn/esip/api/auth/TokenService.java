package cn.esip.api.auth;

import cn.esip.api.apps.AppRegistry;
import cn.esip.api.apps.ClientApp;
import cn.esip.api.security.Scope;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Issues and checks the platform's access tokens (服务访问令牌): RS256 JWTs naming the application, its
 * agency and the granted scopes, valid for a fixed lifetime. A token stops working early when its
 * application is suspended, deleted or expired, or its secret was rotated after the token was issued.
 */
public final class TokenService {

    /** The issuer claim of every token. */
    public static final String ISSUER = "esip";

    /** An issued access token, the body of a successful token request. */
    public record Token(String accessToken, long expiresInSeconds, Set<Scope> scopes, Instant expiresAt) {
    }

    private final SigningKeys keys;
    private final AppRegistry apps;
    private final Duration lifetime;
    private final Clock clock;

    public TokenService(SigningKeys keys, AppRegistry apps, Duration lifetime, Clock clock) {
        this.keys = keys;
        this.apps = apps;
        this.lifetime = lifetime;
        this.clock = clock;
    }

    public Duration lifetime() {
        return lifetime;
    }

    /**
     * A token for the application with this id and secret, for the requested scopes (all granted ones when
     * none are asked for); empty when the credentials are wrong or the application is not usable.
     */
    public Optional<Token> issue(String clientId, String secret, Set<Scope> requested) {
        Optional<ClientApp> found = apps.authenticate(clientId, secret);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ClientApp app = found.get();
        Set<Scope> scopes = requested == null || requested.isEmpty() ? app.scopes() : requested;
        if (!app.scopes().containsAll(scopes)) {
            Set<Scope> extra = new LinkedHashSet<>(scopes);
            extra.removeAll(app.scopes());
            throw new InvalidScopeException("scope not granted to this application: " + Scope.join(extra));
        }
        return Optional.of(sign(app, scopes));
    }

    private Token sign(ClientApp app, Set<Scope> scopes) {
        Instant now = clock.instant();
        Instant exp = now.plus(lifetime);
        if (app.expires() != null && app.expires().isBefore(exp)) {
            exp = app.expires();
        }
        JwtClaimsSet claims = JwtClaimsSet.builder().issuer(ISSUER).subject(app.id()).issuedAt(now).expiresAt(exp)
                .id(UUID.randomUUID().toString()).claim("scope", Scope.join(scopes)).claim("agency", app.agency())
                .claim("sv", app.secretSince().toEpochMilli()).build();
        // one key for header and signature, even if a rotation happens meanwhile
        com.nimbusds.jose.jwk.RSAKey key = keys.current();
        JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).keyId(key.getKeyID()).build();
        String value = new NimbusJwtEncoder(new com.nimbusds.jose.jwk.source.ImmutableJWKSet<>(new JWKSet(key)))
                .encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
        return new Token(value, Duration.between(now, exp).toSeconds(), scopes, exp);
    }

    /** The decoder the resource server checks bearer tokens with: signature, issuer, time, application. */
    public JwtDecoder decoder() {
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256,
                (selector, ctx) -> selector.select(keys.all())));
        // claims are checked by Spring's validators below, so that every failure reads the same
        processor.setJWTClaimsSetVerifier((claims, ctx) -> { });
        NimbusJwtDecoder decoder = new NimbusJwtDecoder(processor);
        JwtTimestampValidator time = new JwtTimestampValidator(Duration.ofSeconds(30));
        time.setClock(clock);
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(time, new JwtIssuerValidator(ISSUER),
                applicationValidator()));
        return decoder;
    }

    private OAuth2TokenValidator<Jwt> applicationValidator() {
        return jwt -> {
            Optional<ClientApp> app = apps.find(jwt.getSubject());
            if (app.isEmpty() || !app.get().usableAt(clock.instant())) {
                return failure("the application is unknown, suspended or expired");
            }
            Object sv = jwt.getClaims().get("sv");
            if (!(sv instanceof Number n) || n.longValue() != app.get().secretSince().toEpochMilli()) {
                return failure("the token was issued before the application's secret was rotated");
            }
            return OAuth2TokenValidatorResult.success();
        };
    }

    private static OAuth2TokenValidatorResult failure(String why) {
        return OAuth2TokenValidatorResult.failure(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, why, null));
    }

    /** A token request asked for a scope the application was not granted (OAuth {@code invalid_scope}). */
    public static final class InvalidScopeException extends IllegalArgumentException {
        public InvalidScopeException(String message) {
            super(message);
        }
    }
}
