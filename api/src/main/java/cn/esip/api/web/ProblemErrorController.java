package cn.esip.api.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The container's error page ({@code /error}, reached for failures outside Spring MVC such as refused
 * request lines or too many parameters) answers problem+json like every other error, never HTML.
 */
@RestController
public class ProblemErrorController implements ErrorController {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ProblemErrorController.class);

    @RequestMapping("/error")
    public ResponseEntity<ProblemDetail> error(HttpServletRequest req) {
        Object code = req.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = HttpStatus.resolve(code instanceof Integer i ? i : 500);
        if (status == null || status.value() < 400) {
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        if (status.is5xxServerError()) {
            Object ex = req.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
            Object uri = req.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
            // the path is reduced (no ids, no names): logs never hold personal data
            LOG.error("unhandled failure of {} {}", cn.esip.api.privacy.LogSafe.path(uri == null ? null : uri.toString()),
                    ex instanceof Throwable t ? t.toString() : "", ex instanceof Throwable t ? t : null);
        }
        String detail = status.is5xxServerError() ? "internal error; the request id in X-Request-Id identifies it in the log"
                : status.getReasonPhrase();
        ProblemDetail pd = ProblemAdvice.problem(status, status.getReasonPhrase(), detail);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(pd);
    }
}
