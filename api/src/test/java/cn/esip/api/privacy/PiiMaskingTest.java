package cn.esip.api.privacy;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.TestingAuthenticationToken;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Who sees personal data in a streamed transcript message: only a principal with the pii scope, or nobody asks when security is off. */
class PiiMaskingTest {

    static final Map<String, Object> FINAL = Map.of("type", "final",
            "text", "被询问人：刘志刚，手机13912345678，刘志刚说他当天不在店里。");

    @Test
    void aPrincipalWithoutPiiGetsTheTranscriptMasked() {
        PiiMasking m = new PiiMasking(new ObjectMapper(), true);
        String withoutScope = m.forPrincipal(new TestingAuthenticationToken("app-x", null, "SCOPE_speech"), FINAL).get("text").toString();
        assertThat(withoutScope).doesNotContain("刘志刚").doesNotContain("13912345678").contains("刘某").contains("139****5678");
        assertThat(m.forPrincipal(null, FINAL).get("text").toString()).doesNotContain("刘志刚");
        assertThat(m.forPrincipal(new TestingAuthenticationToken("app-y", null, "SCOPE_speech", "SCOPE_pii"), FINAL))
                .isEqualTo(FINAL);
    }

    @Test
    void withSecurityOffNothingIsMasked() {
        PiiMasking m = new PiiMasking(new ObjectMapper(), false);
        assertThat(m.forPrincipal(null, FINAL)).isEqualTo(FINAL);
    }
}
