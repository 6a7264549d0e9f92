package cn.esip.api.audit;

import cn.esip.api.privacy.LogSafe;
import cn.esip.api.security.RateLimitFilter;
import cn.esip.api.security.ScopePolicy;
import cn.esip.api.security.Scope;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * Records every call in the audit trail and in Micrometer ({@code esip.api.calls}, tagged by application,
 * route and status): it runs outside the security chain, so refused calls are recorded too. The route is
 * the matched pattern; a path that no handler took (refused, unknown) is kept only in a reduced form (digits and non-ASCII text
 * replaced), and the query string never, so no personal data reaches the log.
 */
public final class AuditFilter extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(AuditFilter.class);
    private static final Pattern REQUEST_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private final AuditTrail trail;
    private final MeterRegistry meters;
    private final boolean secured;
    private final java.util.function.Consumer<AuditRecord> appended;

    public AuditFilter(AuditTrail trail, MeterRegistry meters, boolean secured) {
        this(trail, meters, secured, r -> { });
    }

    /** A filter that also hands each written record to {@code appended} (the syslog shipper). */
    public AuditFilter(AuditTrail trail, MeterRegistry meters, boolean secured,
                       java.util.function.Consumer<AuditRecord> appended) {
        this.appended = appended;
        this.trail = trail;
        this.meters = meters;
        this.secured = secured;
    }

    /** Static assets of the pages are not calls worth a record. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest req) {
        String path = req.getRequestURI();
        return path.startsWith("/assets/") || path.startsWith("/webjars/") || path.equals("/favicon.ico");
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return true;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws ServletException, IOException {
        long t0 = System.nanoTime();
        String given = req.getHeader("X-Request-Id");
        String requestId = given != null && REQUEST_ID.matcher(given).matches() ? given : UUID.randomUUID().toString();
        res.setHeader("X-Request-Id", requestId);
        CountingRequest in = new CountingRequest(req);
        CountingResponse out = new CountingResponse(res);
        int status = 500;
        try {
            chain.doFilter(in, out);
            status = out.getStatus();
        } finally {
            long micros = TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - t0);
            record(req, requestId, status, micros, Math.max(in.count.get(), Math.max(0, req.getContentLengthLong())),
                    out.count.get());
        }
    }

    private void record(HttpServletRequest req, String requestId, int status, long micros, long bytesIn, long bytesOut) {
        Object p = req.getAttribute(RateLimitFilter.PRINCIPAL);
        String principal = p != null ? p.toString() : secured ? "anonymous" : "local";
        Object agency = req.getAttribute(RateLimitFilter.AGENCY);
        String route = route(req);
        String scope = ScopePolicy.required(req).map(Scope::id).orElse("");
        try {
            AuditRecord written = trail.append(AuditRecord.of(Instant.now().toString(), requestId, principal,
                    agency == null ? "" : agency.toString(), scope, req.getMethod(), route, status, micros / 1000,
                    bytesIn, bytesOut));
            appended.accept(written);
        } catch (RuntimeException e) {
            LOG.error("audit trail not written for request {}: {}", requestId, e.getMessage());
        }
        Timer.builder("esip.api.calls").description("calls to the platform by application, route and status")
                .tag("app", principal).tag("route", route).tag("method", req.getMethod())
                .tag("status", Integer.toString(status)).publishPercentileHistogram(false)
                .register(meters).record(micros, TimeUnit.MICROSECONDS);
    }

    /** The matched route pattern, or the path with every run of four or more digits and of non-ASCII text replaced. */
    static String route(HttpServletRequest req) {
        Object pattern = req.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        if (pattern != null && !"/**".equals(pattern.toString())) {
            return pattern.toString();
        }
        return LogSafe.path(req.getRequestURI());
    }


    /** Counts the bytes a handler reads from the request body. */
    private static final class CountingRequest extends HttpServletRequestWrapper {
        final AtomicLong count = new AtomicLong();
        private ServletInputStream stream;

        CountingRequest(HttpServletRequest r) {
            super(r);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                ServletInputStream s = super.getInputStream();
                stream = new ServletInputStream() {
                    @Override
                    public boolean isFinished() {
                        return s.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return s.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener l) {
                        s.setReadListener(l);
                    }

                    @Override
                    public int read() throws IOException {
                        int b = s.read();
                        if (b >= 0) {
                            count.incrementAndGet();
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] b, int off, int len) throws IOException {
                        int n = s.read(b, off, len);
                        if (n > 0) {
                            count.addAndGet(n);
                        }
                        return n;
                    }
                };
            }
            return stream;
        }
    }

    /** Counts the bytes written to the response body. */
    private static final class CountingResponse extends HttpServletResponseWrapper {
        final AtomicLong count = new AtomicLong();
        private ServletOutputStream stream;
        private PrintWriter writer;

        CountingResponse(HttpServletResponse r) {
            super(r);
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (stream == null) {
                ServletOutputStream s = super.getOutputStream();
                stream = new ServletOutputStream() {
                    @Override
                    public boolean isReady() {
                        return s.isReady();
                    }

                    @Override
                    public void setWriteListener(WriteListener l) {
                        s.setWriteListener(l);
                    }

                    @Override
                    public void write(int b) throws IOException {
                        s.write(b);
                        count.incrementAndGet();
                    }

                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        s.write(b, off, len);
                        count.addAndGet(len);
                    }

                    @Override
                    public void flush() throws IOException {
                        s.flush();
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (writer == null) {
                String enc = getCharacterEncoding();
                Charset cs = enc == null ? StandardCharsets.ISO_8859_1 : Charset.forName(enc);
                writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), cs), true);
            }
            return writer;
        }

        @Override
        public void flushBuffer() throws IOException {
            if (writer != null) {
                writer.flush();
            }
            super.flushBuffer();
        }
    }
}
