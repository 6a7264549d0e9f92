package cn.esip.supervision.rules;

import java.time.LocalDate;
import java.util.List;

/**
 * Where a rule applies: procedures (普通程序, 简易程序), domains (words of the agency's name or the case's
 * matter, e.g. 市场监督), regions (province or city names in the agency's name), and the dates of decision it covers.
 * An empty list means any.
 */
public record Scope(List<String> procedures, List<String> domains, List<String> regions, LocalDate from, LocalDate to) {

    /** Applies everywhere, always. */
    public static final Scope ANY = new Scope(List.of(), List.of(), List.of(), null, null);

    public Scope {
        procedures = List.copyOf(procedures);
        domains = List.copyOf(domains);
        regions = List.copyOf(regions);
    }
}
