package cn.esip.api.web;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

import java.io.IOException;
import java.io.Writer;

/**
 * Tomcat's error report for requests refused before Spring sees them (a malformed request line, an
 * encoded slash, headers too large, too many parameters): problem+json instead of Tomcat's HTML page.
 */
public final class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable t) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        String reason = status >= 500 ? "Internal Server Error" : status == 404 ? "Not Found"
                : status == 413 ? "Content Too Large" : status == 414 ? "URI Too Long"
                : status == 431 ? "Request Header Fields Too Large" : "Bad Request";
        String detail = status >= 500 ? "internal error"
                : "the request was refused by the HTTP server before it reached the platform "
                + "(malformed request line or path, encoded '/' or NUL, too many parameters, or headers too large)";
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            Writer w = response.getReporter();
            if (w != null) {
                w.write("{\"type\":\"about:blank\",\"title\":\"" + reason + "\",\"status\":" + status
                        + ",\"detail\":\"" + detail + "\"}");
                w.flush();
            }
        } catch (IOException | IllegalStateException ignored) {
            // the client has gone; nothing more to say
        }
    }
}
