package cn.esip.api.cli;

import cn.esip.kg.index.SearchRequest;
import picocli.CommandLine.Option;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Filters of a law search, shared by {@code esip search} and {@code esip bench search}. */
public final class SearchOptions {

    @Option(names = "--top", defaultValue = "10", description = "Number of hits (1..100, default ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--level", description = "Effect level: 法律, 行政法规, 部门规章, 地方性法规 … or its two-digit code.")
    String level;

    @Option(names = "--region", description = "GB/T 2260 region code of the enacting body, e.g. 370000.")
    String region;

    @Option(names = "--validity", defaultValue = "有效",
            description = "有效 (default), 已修改, 已废止, 尚未生效, or 'any'. Ignored with --valid-on unless given explicitly.")
    String validity;

    @Option(names = "--valid-on", paramLabel = "YYYY-MM-DD", description = "Only versions in force on this date.")
    String validOn;

    /** The request for {@code query}; user mistakes become {@link EsipMain.UsageError}. */
    SearchRequest request(String query, boolean validityGiven) {
        try {
            LocalDate on = validOn == null ? null : LocalDate.parse(validOn);
            String v = "any".equalsIgnoreCase(validity) || (on != null && !validityGiven) ? null : validity;
            return new SearchRequest(query, level, region, v, on, top);
        } catch (DateTimeParseException e) {
            throw new EsipMain.UsageError("--valid-on must be a date YYYY-MM-DD: " + validOn);
        } catch (IllegalArgumentException e) {
            throw new EsipMain.UsageError(e.getMessage());
        }
    }
}
