package cn.esip.kg.view;

/** A law in one line: code, titles, level, region and the validity of its current version. */
public record LawSummary(String code, String title, String shortTitle, String level, String region,
                         String currentVersion, String validity) {
}
