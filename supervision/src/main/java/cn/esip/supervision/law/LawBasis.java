package cn.esip.supervision.law;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Port: what the review asks of the law graph — a law by its title, its versions, and a provision's text in one. */
public interface LawBasis {

    /** The law a case cites by {@code title} (中华人民共和国 prefix optional), or empty when the graph has none. */
    Optional<Law> law(String title);

    /**
     * The text of 第{article}条 (之{suffix}), paragraph and item (0 = whole unit) in version {@code versionId}, or empty
     * when that unit does not exist there.
     */
    Optional<String> text(Law law, String versionId, int article, int suffix, int paragraph, int item);

    /** The code of 第{article}条 (之{suffix}), paragraph and item of {@code law} (the project's provision coding). */
    String code(Law law, int article, int suffix, int paragraph, int item);

    /** A law: code, title and its versions, oldest first. */
    record Law(String code, String title, List<Version> versions) {

        /** The version in force on {@code day}: the newest whose effective date is on or before it (else the oldest). */
        public Version inForceOn(LocalDate day) {
            Version best = null;
            for (Version v : versions) {
                if (!v.effective().isAfter(day) && (best == null || v.effective().isAfter(best.effective()))) {
                    best = v;
                }
            }
            return best != null ? best : versions.get(0);
        }

        /** The version adopted or promulgated on {@code date}, if the graph has it. */
        public Optional<Version> named(LocalDate date) {
            return versions.stream().filter(v -> date.equals(v.date()) || date.equals(v.promulgated())).findFirst();
        }
    }

    /** One version of a law: id, the date that names it, promulgation and effective dates, validity. */
    record Version(String id, LocalDate date, LocalDate promulgated, LocalDate effective, String validity) {
    }
}
