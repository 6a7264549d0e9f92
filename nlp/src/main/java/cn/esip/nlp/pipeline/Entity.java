package cn.esip.nlp.pipeline;

import java.util.Map;

/**
 * An entity mention in a document's normalised text.
 *
 * @param label      what it is: one of {@link EntityLabels} or a CAIL2022 label (Nh, Ns, NT, NDR, NW)
 * @param start      offset of the first character (in {@link Document#text()})
 * @param end        offset after the last character
 * @param text       the mention as written
 * @param confidence 1.0 for exact patterns, a model's probability-like score otherwise
 * @param value      normal form when there is one (ISO date, amount in yuan, provision code, canonical penalty), else null
 * @param source     the annotator that found it
 * @param attributes further facts (check digit valid, law title, article …)
 */
public record Entity(String label, int start, int end, String text, double confidence, String value, String source,
                     Map<String, String> attributes) {

    public Entity {
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }
}
