package cn.esip.api.privacy;

import cn.esip.api.security.Scope;
import cn.esip.nlp.privacy.Deidentifier;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * De-identifies results for callers without the {@code pii} scope (GB/T 37964): every string in a result
 * is masked with the {@link Deidentifier}, and a person's name learnt anywhere in the result (after a
 * party label, or an entity labelled as a person outside an officer's line) is masked everywhere in it.
 * Offsets in a masked result still refer to the original text.
 */
@Component
public class PiiMasking {

    private static final Set<String> PERSON_LABELS = Set.of("PERSON", "Nh", "NH", "NHCS", "NHVI");
    /** Labels before an officer's name: officials acting in office are not masked. */
    private static final Pattern OFFICER_BEFORE = Pattern.compile(
            "(执法人员|承办人|审核人|审批人|检查人|询问人|记录人|调查人|送达人|负责人|局长|科长|队长|所长|主任|执法证)[^。；\\n]{0,12}$");

    private final Deidentifier deidentifier = new Deidentifier();
    private final ObjectMapper json;
    private final boolean secured;

    public PiiMasking(ObjectMapper json, @Value("${esip.security.enabled:true}") boolean secured) {
        this.json = json;
        this.secured = secured;
    }

    public Deidentifier deidentifier() {
        return deidentifier;
    }

    /** Whether the current caller may see personal data (the {@code pii} scope, or security off). */
    public boolean unmaskedAllowed() {
        return unmaskedAllowed(SecurityContextHolder.getContext().getAuthentication());
    }

    /** Whether this principal (for example a WebSocket session's) may see personal data. */
    public boolean unmaskedAllowed(java.security.Principal p) {
        if (!secured) {
            return true;
        }
        if (!(p instanceof Authentication a)) {
            return false;
        }
        for (GrantedAuthority g : a.getAuthorities()) {
            if (Scope.PII.authority().equals(g.getAuthority())) {
                return true;
            }
        }
        return false;
    }

    /** The value as the current caller may see it: unchanged with {@code pii}, masked without. */
    public <T> T forCaller(T value, Class<T> type) {
        if (value == null || unmaskedAllowed()) {
            return value;
        }
        return json.convertValue(mask(json.valueToTree(value)), type);
    }

    /** A message (a JSON object as a map) as this principal may see it. */
    @SuppressWarnings("unchecked")
    public java.util.Map<String, Object> forPrincipal(java.security.Principal p, java.util.Map<String, Object> message) {
        if (message == null || unmaskedAllowed(p)) {
            return message;
        }
        return json.convertValue(mask(json.valueToTree(message)), java.util.Map.class);
    }

    /** Masks every string in a JSON tree (in place), names learnt from all of it. */
    public JsonNode mask(JsonNode tree) {
        Set<String> names = new HashSet<>();
        StringBuilder all = new StringBuilder();
        learn(tree, names, all);
        String text = all.toString();
        names.addAll(deidentifier.personNames(text));
        names.removeIf(n -> n.length() < 2 || n.contains("某") || officerOnly(text, n));
        return rewrite(tree, names);
    }

    /** Masks a text with the names it introduces. */
    public String mask(String text) {
        return deidentifier.mask(text);
    }

    private void learn(JsonNode n, Set<String> names, StringBuilder all) {
        if (n == null) {
            return;
        }
        if (n.isTextual()) {
            all.append(n.asText()).append('\n');
        } else if (n.isObject()) {
            JsonNode label = n.get("label");
            JsonNode text = n.get("text");
            if (label != null && text != null && label.isTextual() && text.isTextual()
                    && PERSON_LABELS.contains(label.asText()) && text.asText().length() <= 6) {
                names.add(text.asText().strip());
            }
            Iterator<JsonNode> it = n.elements();
            while (it.hasNext()) {
                learn(it.next(), names, all);
            }
        } else if (n.isArray()) {
            for (JsonNode c : n) {
                learn(c, names, all);
            }
        }
    }

    private static boolean officerOnly(String text, String name) {
        int from = 0;
        boolean seen = false;
        while (true) {
            int i = text.indexOf(name, from);
            if (i < 0) {
                return seen;
            }
            seen = true;
            String before = text.substring(Math.max(0, i - 16), i);
            if (!OFFICER_BEFORE.matcher(before).find()) {
                return false;
            }
            from = i + name.length();
        }
    }

    private JsonNode rewrite(JsonNode n, Set<String> names) {
        if (n == null) {
            return null;
        }
        if (n.isTextual()) {
            return TextNode.valueOf(deidentifier.mask(n.asText(), names));
        }
        if (n.isObject()) {
            ObjectNode o = (ObjectNode) n;
            for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                e.setValue(rewrite(e.getValue(), names));
            }
            return o;
        }
        if (n.isArray()) {
            ArrayNode a = (ArrayNode) n;
            for (int i = 0; i < a.size(); i++) {
                a.set(i, rewrite(a.get(i), names));
            }
            return a;
        }
        return n;
    }

    /** The kinds of data found, for answers that must not repeat the originals. */
    public static List<Map<String, Object>> spans(List<cn.esip.nlp.privacy.PersonalData> found) {
        return found.stream().<Map<String, Object>>map(p -> Map.of("start", p.start(), "end", p.end(),
                "kind", p.kind().name(), "replacement", p.replacement())).toList();
    }
}
