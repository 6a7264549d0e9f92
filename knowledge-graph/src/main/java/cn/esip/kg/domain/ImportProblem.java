package cn.esip.kg.domain;

/** A corpus file that could not be imported cleanly, and why. */
public record ImportProblem(String file, String problem) {
}
