package cn.esip.nlp.service;

import cn.esip.nlp.classify.Classification;
import cn.esip.nlp.event.PenaltyDecision;
import cn.esip.nlp.pipeline.Entity;
import cn.esip.nlp.pipeline.Relation;
import cn.esip.nlp.pipeline.Sentence;

import java.util.List;

/**
 * Everything the NLP service extracts from one document. Offsets refer to {@code text}, the normalised text.
 *
 * @param penaltyDecision the event frame, filled when the document reads as a 行政处罚决定书, else null
 * @param unavailable     capabilities that could not run (e.g. a model not installed), with the reason
 */
public record Extraction(String text, List<Sentence> sentences, List<Entity> entities, List<Relation> relations,
                         Classification documentType, Classification domain, PenaltyDecision penaltyDecision,
                         List<String> unavailable) {
}
