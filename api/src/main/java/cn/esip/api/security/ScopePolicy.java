package cn.esip.api.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import java.util.List;
import java.util.Optional;

/**
 * Which scope each route and page needs: the one table that both security filter chains and the audit trail
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

    /** The paths the web pages' filter chain (sessions, form login, CSRF) serves; every other path is the API's. */
    public static final List<String> PAGES = List.of("/", "/login", "/logout", "/ui/**", "/assets/**",
            "/webjars/**", "/favicon.ico");

    /** Pages anyone may open: the login page and the static assets. */
    public static final List<String> OPEN_PAGES = List.of("/login", "/assets/**", "/webjars/**", "/favicon.ico");

    /** The pages' table: each page needs the scope of the API routes it stands for. */
    public static final List<Rule> PAGE_RULES = List.of(
            new Rule(null, "/ui/admin/**", Scope.ADMIN),
            new Rule(null, "/ui/law/**", Scope.LAW_READ),
            new Rule(HttpMethod.POST, "/ui/reviews/*/decisions", Scope.REVIEW_DECIDE),
            new Rule(null, "/ui/reviews", Scope.REVIEW),
            new Rule(null, "/ui/reviews/**", Scope.REVIEW));

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

    private static final List<Rule> ALL = java.util.stream.Stream.concat(PAGE_RULES.stream(), RULES.stream()).toList();
    private static final List<RequestMatcher> MATCHERS = ALL.stream().map(Rule::matcher).toList();

    private ScopePolicy() {
    }

    /** The scope the request needs, if its route is in the table. */
    public static Optional<Scope> required(HttpServletRequest request) {
        for (int i = 0; i < ALL.size(); i++) {
            if (MATCHERS.get(i).matches(request)) {
                return Optional.of(ALL.get(i).scope());
            }
        }
        return Optional.empty();
    }
}
