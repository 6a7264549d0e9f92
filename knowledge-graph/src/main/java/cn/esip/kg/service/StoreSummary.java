package cn.esip.kg.service;

import java.util.Map;

/**
 * What an import wrote: graph node and relationship counts, index documents, and how long each part took.
 *
 * @param graph          counts per label and relationship type
 * @param indexedArticles article documents in the new index
 * @param graphSeconds   time spent writing the graph
 * @param indexSeconds   time spent building the index
 * @param graphPhases    seconds per phase of the graph write
 */
public record StoreSummary(Map<String, Long> graph, long indexedArticles, double graphSeconds, double indexSeconds,
                           Map<String, Double> graphPhases) {
}
