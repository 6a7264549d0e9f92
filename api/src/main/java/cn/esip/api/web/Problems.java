package cn.esip.api.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Writes an RFC 9457 problem+json answer straight to a servlet response, for filters outside Spring MVC. */
public final class Problems {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Problems() {
    }

    /** Sets the status and writes {@code {type,title,status,detail,instance}} plus any extra members. */
    public static void write(HttpServletRequest req, HttpServletResponse res, int status, String title, String detail,
                             Map<String, ?> extra) throws IOException {
        if (res.isCommitted()) {
            return;
        }
        ObjectNode n = JSON.createObjectNode();
        n.put("type", "about:blank");
        n.put("title", title);
        n.put("status", status);
        n.put("detail", detail);
        n.put("instance", req.getRequestURI().length() > 200 ? req.getRequestURI().substring(0, 200) : req.getRequestURI());
        if (extra != null) {
            extra.forEach((k, v) -> n.set(k, JSON.valueToTree(v)));
        }
        res.setStatus(status);
        res.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        res.setCharacterEncoding(StandardCharsets.UTF_8.name());
        res.getOutputStream().write(JSON.writeValueAsBytes(n));
    }
}
