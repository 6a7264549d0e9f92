package cn.esip.kg.view;

/** A provision or structural unit in one line: code, level (编…目), label and text. */
public record ProvisionSummary(String code, String level, String label, String text) {
}
