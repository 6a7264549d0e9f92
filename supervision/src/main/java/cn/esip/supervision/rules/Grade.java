package cn.esip.supervision.rules;

/** A grade and the least score that earns it (优秀 ≥ 90). */
public record Grade(String name, double min) {
}
