package cn.esip.api.security;

import cn.esip.api.accounts.AccountLogin;
import cn.esip.api.accounts.AccountStore;
import cn.esip.api.apps.AppRegistry;
import cn.esip.api.auth.SigningKeys;
import cn.esip.api.auth.TokenService;
import cn.esip.api.web.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * The secured service interface (SF/T 0185 A.3.4): every route but the token endpoint and health needs a
 * bearer token from {@code POST /api/v1/auth/token}, checked by Spring Security's resource server, and the
 * scope that {@link ScopePolicy} names for it. With {@code esip.security.enabled=false} (only
 * {@code esip serve --insecure-local}, bound to loopback) every route is open, as for development.
 */
@Configuration
@EnableWebSecurity
public class SecurityConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(SecurityConfiguration.class);

    /** Where applications and signing keys live: {@code esip.security.dir}, else {@code <data>/security}. */
    public static Path securityDir(String configured, Path data) {
        return configured == null || configured.isBlank() ? data.resolve("security") : Path.of(configured);
    }

    @Bean
    public AppRegistry appRegistry(@Value("${esip.data-dir:./data}") Path data,
                                   @Value("${esip.security.dir:}") String dir) {
        return new AppRegistry(securityDir(dir, data));
    }

    @Bean
    public SigningKeys signingKeys(@Value("${esip.data-dir:./data}") Path data,
                                   @Value("${esip.security.dir:}") String dir,
                                   @Value("${esip.security.token-lifetime:PT1H}") Duration lifetime) {
        return new SigningKeys(securityDir(dir, data), lifetime, Clock.systemUTC());
    }

    @Bean
    public TokenService tokenService(SigningKeys keys, AppRegistry apps,
                                     @Value("${esip.security.token-lifetime:PT1H}") Duration lifetime) {
        return new TokenService(keys, apps, lifetime, Clock.systemUTC());
    }

    @Bean
    public AccountStore accountStore(@Value("${esip.data-dir:./data}") Path data,
                                     @Value("${esip.security.dir:}") String dir) {
        return new AccountStore(securityDir(dir, data));
    }

    /**
     * The web pages: people log in with a local account (form login, a session, CSRF tokens on every change);
     * the pages need the same scopes as the API routes behind them ({@link ScopePolicy}). Without security every
     * page is open, as for development.
     */
    @Bean
    @Order(1)
    public SecurityFilterChain pageSecurity(HttpSecurity http, AccountStore accounts,
                                            @Value("${esip.security.enabled:true}") boolean enabled) throws Exception {
        http.securityMatcher(ScopePolicy.PAGES.toArray(String[]::new));
        if (!enabled) {
            http.csrf(AbstractHttpConfigurer::disable).authorizeHttpRequests(a -> a.anyRequest().permitAll());
            return http.build();
        }
        accounts.ensureFirstAdmin().ifPresent(f -> LOG.warn(
                "first start: created the administrator account 'admin'; its password is in {} (change it with "
                        + "./esip accounts passwd admin, which removes that file)", f));
        AccountLogin login = new AccountLogin(accounts);
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts.encoder());
        provider.setUserDetailsService(login);
        http.authenticationProvider(provider)
                .authorizeHttpRequests(a -> {
                    a.requestMatchers(ScopePolicy.OPEN_PAGES.toArray(String[]::new)).permitAll();
                    for (ScopePolicy.Rule r : ScopePolicy.PAGE_RULES) {
                        a.requestMatchers(r.matcher()).hasAuthority(r.scope().authority());
                    }
                    a.anyRequest().authenticated();
                })
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
                .exceptionHandling(e -> e.accessDeniedPage("/ui/denied"))
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .headers(h -> h.frameOptions(f -> f.deny()))
                .addFilterAfter(new PagePrincipalFilter(accounts), AnonymousAuthenticationFilter.class);
        return http.build();
    }

    @Bean
    @Order(2)
    public SecurityFilterChain apiSecurity(HttpSecurity http, TokenService tokens, AppRegistry apps,
                                           @Value("${esip.security.enabled:true}") boolean enabled,
                                           @Value("${esip.security.token-requests-per-minute:60}") int tokenRate)
            throws Exception {
        http.csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable);
        if (!enabled) {
            LOG.warn("SECURITY IS OFF (--insecure-local): every route is open without a token and results are not masked");
            http.authorizeHttpRequests(a -> a.anyRequest().permitAll());
            return http.build();
        }
        if (apps.list().isEmpty()) {
            LOG.warn("no application is registered yet; register one with: ./esip apps add --name NAME --scopes admin,law:read");
        }
        AuthenticationEntryPoint entry = problemEntryPoint();
        AccessDeniedHandler denied = problemAccessDenied();
        http.authorizeHttpRequests(a -> {
                    a.requestMatchers(ScopePolicy.OPEN.toArray(String[]::new)).permitAll();
                    for (ScopePolicy.Rule r : ScopePolicy.RULES) {
                        a.requestMatchers(r.matcher()).hasAuthority(r.scope().authority());
                    }
                    a.anyRequest().authenticated();
                })
                .oauth2ResourceServer(o -> o.jwt(j -> j.decoder(tokens.decoder()))
                        .bearerTokenResolver(bearerResolver())
                        .authenticationEntryPoint(entry)
                        .accessDeniedHandler(denied))
                .exceptionHandling(e -> e.authenticationEntryPoint(entry).accessDeniedHandler(denied))
                .addFilterAfter(new RateLimitFilter(apps, tokenRate), AnonymousAuthenticationFilter.class);
        return http.build();
    }

    /** The header everywhere; for the speech WebSocket (browsers cannot set headers there) also ?access_token=. */
    private static BearerTokenResolver bearerResolver() {
        DefaultBearerTokenResolver header = new DefaultBearerTokenResolver();
        DefaultBearerTokenResolver query = new DefaultBearerTokenResolver();
        query.setAllowUriQueryParameter(true);
        return req -> "/api/v1/speech/stream".equals(req.getRequestURI()) ? query.resolve(req) : header.resolve(req);
    }

    private static AuthenticationEntryPoint problemEntryPoint() {
        BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();
        return (req, res, ex) -> {
            bearer.commence(req, res, ex);
            Problems.write(req, res, 401, "Unauthorized", why(ex), Map.of());
        };
    }

    private static String why(AuthenticationException ex) {
        if (ex instanceof OAuth2AuthenticationException o && o.getError().getDescription() != null) {
            String d = o.getError().getDescription();
            return "invalid bearer token: " + (d.length() > 200 ? d.substring(0, 200) : d);
        }
        return "a bearer token is required: obtain one at POST /api/v1/auth/token and send it as 'Authorization: Bearer …'";
    }

    private static AccessDeniedHandler problemAccessDenied() {
        BearerTokenAccessDeniedHandler bearer = new BearerTokenAccessDeniedHandler();
        return (req, res, ex) -> {
            bearer.handle(req, res, ex);
            String scope = ScopePolicy.required(req).map(Scope::id).orElse("?");
            Problems.write(req, res, 403, "Forbidden", "this route needs the scope '" + scope + "'",
                    Map.of("requiredScope", scope));
        };
    }
}
