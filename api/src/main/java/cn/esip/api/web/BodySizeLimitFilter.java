package cn.esip.api.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Map;

/**
 * Refuses a request whose declared body is larger than the platform accepts ({@code esip.http.max-body},
 * 64 MB by default: a 50 MB document plus the form around it) with 413 problem+json, before anything reads it.
 */
public final class BodySizeLimitFilter extends OncePerRequestFilter {

    private final long maxBytes;

    public BodySizeLimitFilter(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws ServletException, IOException {
        long length = req.getContentLengthLong();
        if (length > maxBytes) {
            res.setHeader("Connection", "close");
            Problems.write(req, res, 413, "Content too large",
                    "the request body has " + length + " bytes; at most " + maxBytes + " are accepted",
                    Map.of("maxBytes", maxBytes));
            return;
        }
        chain.doFilter(req, res);
    }
}
