package cn.esip.api.security;

import cn.esip.api.apps.AppRegistry;
import cn.esip.api.apps.ClientApp;
import cn.esip.api.web.Problems;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per-application rate limits (a Bucket4j token bucket of the application's calls per minute, refilled
 * continuously), and per-address limits on the token endpoint against guessing secrets. Over the limit
 * the answer is 429 problem+json with {@code Retry-After}. Also tells the audit filter who called.
 */
public final class RateLimitFilter extends OncePerRequestFilter {

    /** Request attribute: the calling application's id (or the person's name). */
    public static final String PRINCIPAL = "esip.principal";
    /** Request attribute: the caller's agency. */
    public static final String AGENCY = "esip.agency";

    /** At most this many buckets are kept (applications and token-endpoint addresses together). */
    static final int MAX_BUCKETS = 100_000;

    private final AppRegistry apps;
    private final int tokenRequestsPerMinute;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public RateLimitFilter(AppRegistry apps, int tokenRequestsPerMinute) {
        this.apps = apps;
        this.tokenRequestsPerMinute = tokenRequestsPerMinute;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        Bucket bucket = null;
        if (auth instanceof JwtAuthenticationToken jwt) {
            String id = jwt.getToken().getSubject();
            req.setAttribute(PRINCIPAL, id);
            req.setAttribute(AGENCY, jwt.getToken().getClaimAsString("agency"));
            int rate = apps.find(id).map(ClientApp::ratePerMinute).orElse(AppRegistry.DEFAULT_RATE);
            bucket = buckets.computeIfAbsent("app:" + id + ":" + rate, k -> perMinute(rate));
        } else if ("/api/v1/auth/token".equals(req.getRequestURI())) {
            bucket = buckets.computeIfAbsent("addr:" + req.getRemoteAddr(), k -> perMinute(tokenRequestsPerMinute));
        }
        if (buckets.size() > MAX_BUCKETS) {
            // bounded memory under a flood of client addresses: start every bucket afresh
            buckets.clear();
        }
        if (bucket != null) {
            ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
            if (!probe.isConsumed()) {
                long wait = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
                res.setHeader("Retry-After", Long.toString(wait));
                Problems.write(req, res, 429, "Too many requests",
                        "rate limit exceeded; retry after " + wait + " s", Map.of("retryAfterSeconds", wait));
                return;
            }
            res.setHeader("X-RateLimit-Remaining", Long.toString(probe.getRemainingTokens()));
        }
        chain.doFilter(req, res);
    }

    private static Bucket perMinute(int n) {
        return Bucket.builder().addLimit(Bandwidth.builder().capacity(n).refillGreedy(n, Duration.ofMinutes(1)).build())
                .build();
    }
}
