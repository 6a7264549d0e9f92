package cn.esip.api.auth;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/** {@code POST /api/v1/admin/keys/rotate}: a new token-signing key (scope {@code admin}); old tokens stay valid. */
@RestController
public class KeysController {

    private final SigningKeys keys;

    public KeysController(SigningKeys keys) {
        this.keys = keys;
    }

    @PostMapping("/api/v1/admin/keys/rotate")
    public Map<String, Object> rotate() {
        return Map.of("keyId", keys.rotate().getKeyID(), "verifyingKeys", keys.all().getKeys().size());
    }
}
