package cn.esip.api;

import cn.esip.api.apps.AppRegistry;
import cn.esip.api.auth.TokenService;
import cn.esip.api.security.Scope;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.client.ClientHttpRequestInterceptor;

import java.util.EnumSet;
import java.util.Set;

/** Registers a test application in the running server and gets it a real token, as a calling system would. */
public final class TestTokens {

    private TestTokens() {
    }

    /** A token with these scopes for a newly registered application. */
    public static String token(ApplicationContext ctx, Set<Scope> scopes, int ratePerMinute) {
        AppRegistry.Issued app = ctx.getBean(AppRegistry.class).add("test", "测试局", scopes, ratePerMinute, null);
        return ctx.getBean(TokenService.class).issue(app.app().id(), app.secret(), scopes).orElseThrow().accessToken();
    }

    /** Makes every request of {@code http} carry a token with every scope (once per template). */
    public static void authorize(TestRestTemplate http, ApplicationContext ctx) {
        boolean already = http.getRestTemplate().getInterceptors().stream().anyMatch(i -> i instanceof Bearer);
        if (!already) {
            String token = token(ctx, EnumSet.allOf(Scope.class), 100_000);
            http.getRestTemplate().getInterceptors().add(new Bearer(token));
        }
    }

    private record Bearer(String token) implements ClientHttpRequestInterceptor {
        @Override
        public org.springframework.http.client.ClientHttpResponse intercept(org.springframework.http.HttpRequest req,
                byte[] body, org.springframework.http.client.ClientHttpRequestExecution ex) throws java.io.IOException {
            if (!req.getHeaders().containsKey("Authorization")) {
                req.getHeaders().setBearerAuth(token);
            }
            return ex.execute(req, body);
        }
    }
}
