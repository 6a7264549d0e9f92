package cn.esip.api.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import java.util.List;
import java.util.Optional;

/**
 * Which scope each route needs: the one table that both the security filter chain and the audit trail
 * read. Routes not listed need an authenticated caller (any scope); the token and health endpoints are
 * open.
 */
public final class ScopePolicy {

    /** One row: requests matching the method (any when null) and path pattern need the scope. */
    public record Rule(HttpMethod method, String pattern, Scope scope) {
        RequestMatcher matcher() {
            return method == null ? AntPathRequestMatcher.antMatcher(pattern)
                    : AntPathRequestMatcher.antMatcher(method, pattern);
        }
    }

    /** Routes anyone may call without a token. */
    public static final List<String> OPEN = List.of("/api/v1/auth/token", "/actuator/health", "/actuator/health/**",
            "/error");

    /** The table, most specific first. */
    public static final List<Rule> RULES = List.of(
            new Rule(null, "/api/v1/admin/**", Scope.ADMIN),
            new Rule(null, "/actuator/**", Scope.ADMIN),
            new Rule(HttpMethod.GET, "/api/v1/search", Scope.LAW_READ),
            new Rule(HttpMethod.GET, "/api/v1/laws/**", Scope.LAW_READ),
            new Rule(HttpMethod.GET, "/api/v1/laws", Scope.LAW_READ),
            new Rule(HttpMethod.GET, "/api/v1/provisions/**", Scope.LAW_READ),
            new Rule(HttpMethod.POST, "/api/v1/recommend", Scope.LAW_READ),
            new Rule(HttpMethod.GET, "/api/v1/status", Scope.LAW_READ),
            new Rule(HttpMethod.POST, "/api/v1/qa", Scope.LAW_READ),
            new Rule(null, "/api/v1/nlp/**", Scope.NLP),
            new Rule(null, "/api/v1/ocr", Scope.OCR),
            new Rule(null, "/api/v1/images/**", Scope.OCR),
            new Rule(null, "/api/v1/speech/**", Scope.SPEECH),
            new Rule(HttpMethod.POST, "/api/v1/reviews/*/decisions", Scope.REVIEW_DECIDE),
            new Rule(null, "/api/v1/reviews", Scope.REVIEW),
            new Rule(null, "/api/v1/reviews/**", Scope.REVIEW),
            new Rule(null, "/api/v1/review-plans", Scope.REVIEW),
            new Rule(null, "/api/v1/review-stats", Scope.REVIEW),
            new Rule(null, "/api/v1/rule-sets", Scope.REVIEW),
            new Rule(null, "/api/v1/rule-sets/**", Scope.REVIEW));

    private static final List<RequestMatcher> MATCHERS = RULES.stream().map(Rule::matcher).toList();

    private ScopePolicy() {
    }

    /** The scope the request needs, if its route is in the table. */
    public static Optional<Scope> required(HttpServletRequest request) {
        for (int i = 0; i < RULES.size(); i++) {
            if (MATCHERS.get(i).matches(request)) {
                return Optional.of(RULES.get(i).scope());
            }
        }
        return Optional.empty();
    }
}
