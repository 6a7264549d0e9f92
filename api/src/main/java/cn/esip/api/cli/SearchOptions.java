package cn.esip.api.cli;

import cn.esip.kg.search.SearchRequest;

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

    @Option(names = "--validity",
            description = "有效 (default unless --valid-on is given), 已修改, 已废止, 尚未生效, or 'any'.")
    String validity;

    @Option(names = "--mode", defaultValue = "hybrid",
            description = "Ranking: bm25, dense (vectors) or hybrid (both fused; default). Without vectors: bm25.")
    String mode;

    @Option(names = "--home", paramLabel = "CODE",
            description = "The handler's own GB/T 2260 region: its local rules rank with national law (not a filter).")
    String home;

    @Option(names = "--valid-on", paramLabel = "YYYY-MM-DD", description = "Only versions in force on this date.")
    String validOn;

    /** The request for {@code query}; user mistakes become {@link EsipMain.UsageError}. */
    SearchRequest request(String query) {
        try {
            LocalDate on = validOn == null ? null : LocalDate.parse(validOn);
            return SearchRequest.fromUser(query, level, region, validity, on, top, mode, home);
        } catch (DateTimeParseException e) {
            throw new EsipMain.UsageError("--valid-on must be a date YYYY-MM-DD: " + validOn);
        } catch (IllegalArgumentException e) {
            throw new EsipMain.UsageError(e.getMessage());
        }
    }
}
