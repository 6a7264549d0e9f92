package cn.esip.kg.parse;

/** Progress of a corpus parse: which phase, how many units of it are done out of how many. */
public record Progress(String phase, int done, int total) {
}
