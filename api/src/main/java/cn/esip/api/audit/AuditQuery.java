package cn.esip.api.audit;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Predicate;

/** A search of the audit trail by application, days, route and status; shared by CLI and REST. */
public record AuditQuery(String app, LocalDate since, LocalDate until, String route, Integer status, int limit) {

    /** The most records one query returns. */
    public static final int MAX_LIMIT = 10_000;

    public AuditQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT);
        }
        if (since != null && until != null && until.isBefore(since)) {
            throw new IllegalArgumentException("until lies before since");
        }
    }

    /** Parses a day given as {@code YYYY-MM-DD}. */
    public static LocalDate day(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " must be a day such as 2026-12-01");
        }
    }

    public List<AuditRecord> run(AuditTrail trail) {
        Predicate<AuditRecord> f = r -> (app == null || app.isBlank() || app.equals(r.principal()))
                && (route == null || route.isBlank() || r.route().contains(route))
                && (status == null || status == r.status());
        return trail.query(since, until, f, limit);
    }
}
