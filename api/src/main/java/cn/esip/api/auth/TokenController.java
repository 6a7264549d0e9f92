package cn.esip.api.auth;

import cn.esip.api.security.Scope;
import cn.esip.api.web.ProblemAdvice;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code POST /api/v1/auth/token}, the 服务访问令牌 interface in the shape of OAuth 2.0 client credentials:
 * {@code client_id}, {@code client_secret} (in the body, form or JSON, or as HTTP Basic) and an optional
 * {@code scope}; answers {@code access_token}, {@code token_type}, {@code expires_in}, {@code scope}.
 */
@RestController
public class TokenController {

    private final TokenService tokens;

    public TokenController(TokenService tokens) {
        this.tokens = tokens;
    }

    @PostMapping(path = "/api/v1/auth/token", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    public ResponseEntity<Map<String, Object>> form(@RequestParam MultiValueMap<String, String> form,
                                                    @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String basic) {
        return token(form.getFirst("grant_type"), form.getFirst("client_id"), form.getFirst("client_secret"),
                form.getFirst("scope"), basic);
    }

    @PostMapping(path = "/api/v1/auth/token", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Map<String, Object>> json(@RequestBody Map<String, Object> body,
                                                    @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String basic) {
        return token(string(body, "grant_type"), string(body, "client_id"), string(body, "client_secret"),
                string(body, "scope"), basic);
    }

    private static String string(Map<String, Object> body, String key) {
        Object v = body == null ? null : body.get(key);
        if (v != null && !(v instanceof String)) {
            throw new TokenRequestException(HttpStatus.BAD_REQUEST, "invalid_request", "'" + key + "' must be a string");
        }
        return (String) v;
    }

    private ResponseEntity<Map<String, Object>> token(String grant, String id, String secret, String scope, String basic) {
        if (grant != null && !grant.equals("client_credentials")) {
            throw new TokenRequestException(HttpStatus.BAD_REQUEST, "unsupported_grant_type",
                    "only grant_type=client_credentials is supported");
        }
        if (basic != null && basic.regionMatches(true, 0, "Basic ", 0, 6)) {
            String[] pair = decodeBasic(basic.substring(6).strip());
            id = pair[0];
            secret = pair[1];
        }
        if (id == null || id.isBlank() || secret == null || secret.isBlank()) {
            throw new TokenRequestException(HttpStatus.BAD_REQUEST, "invalid_request", "client_id and client_secret are required");
        }
        if (id.length() > 100 || secret.length() > 200) {
            throw new TokenRequestException(HttpStatus.UNAUTHORIZED, "invalid_client", "unknown client or wrong secret");
        }
        Optional<TokenService.Token> t;
        try {
            t = tokens.issue(id, secret, Scope.parse(scope));
        } catch (TokenService.InvalidScopeException e) {
            throw new TokenRequestException(HttpStatus.BAD_REQUEST, "invalid_scope", e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new TokenRequestException(HttpStatus.BAD_REQUEST, "invalid_scope", e.getMessage());
        }
        TokenService.Token token = t.orElseThrow(() -> new TokenRequestException(HttpStatus.UNAUTHORIZED,
                "invalid_client", "unknown client, wrong secret, or the application is suspended or expired"));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("access_token", token.accessToken());
        body.put("token_type", "Bearer");
        body.put("expires_in", token.expiresInSeconds());
        body.put("scope", Scope.join(token.scopes()));
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).header("Pragma", "no-cache").body(body);
    }

    private static String[] decodeBasic(String b64) {
        try {
            String s = new String(Base64.getDecoder().decode(b64), StandardCharsets.UTF_8);
            int colon = s.indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException();
            }
            return new String[]{s.substring(0, colon), s.substring(colon + 1)};
        } catch (IllegalArgumentException e) {
            throw new TokenRequestException(HttpStatus.BAD_REQUEST, "invalid_request", "malformed Basic authorization");
        }
    }

    @ExceptionHandler(TokenRequestException.class)
    public ResponseEntity<ProblemDetail> failed(TokenRequestException e) {
        ProblemDetail pd = ProblemAdvice.problem(e.status, "Token request refused", e.getMessage());
        pd.setProperty("error", e.error);
        ResponseEntity.BodyBuilder b = ResponseEntity.status(e.status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .cacheControl(CacheControl.noStore());
        if (e.status == HttpStatus.UNAUTHORIZED) {
            b.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"esip\"");
        }
        return b.body(pd);
    }

    /** A refused token request with its OAuth error code. */
    static final class TokenRequestException extends RuntimeException {
        final HttpStatus status;
        final String error;

        TokenRequestException(HttpStatus status, String error, String message) {
            super(message);
            this.status = status;
            this.error = error;
        }
    }
}
