package cn.esip.api.audit;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One call to the platform as the audit trail keeps it: when, who (application or person), the scope the
 * route needs, method and route (a pattern such as {@code /api/v1/laws/{code}}, never the query string),
 * status, latency, bytes in and out, and the request id. {@code prev} is the hash of the record before and
 * {@code hash} this record's own, which chains the trail.
 */
@JsonPropertyOrder({"seq", "time", "requestId", "principal", "agency", "scope", "method", "route", "status",
        "latencyMs", "bytesIn", "bytesOut", "prev", "hash"})
public record AuditRecord(long seq, String time, String requestId, String principal, String agency, String scope,
                          String method, String route, int status, long latencyMs, long bytesIn, long bytesOut,
                          String prev, String hash) {

    /** The call as the filter saw it, before it is numbered and chained. */
    public static AuditRecord of(String time, String requestId, String principal, String agency, String scope,
                                 String method, String route, int status, long latencyMs, long bytesIn, long bytesOut) {
        return new AuditRecord(0, time, requestId, principal, agency, scope, method, route, status, latencyMs,
                bytesIn, bytesOut, null, null);
    }

    AuditRecord chained(long seq, String prev) {
        return new AuditRecord(seq, time, requestId, principal, agency, scope, method, route, status, latencyMs,
                bytesIn, bytesOut, prev, null);
    }

    AuditRecord withHash(String h) {
        return new AuditRecord(seq, time, requestId, principal, agency, scope, method, route, status, latencyMs,
                bytesIn, bytesOut, prev, h);
    }
}
