package cn.esip.nlp.segment;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A user dictionary of legal words (law names, short titles, defined terms) with their part of
 * speech, fed to the segmenter so that such names come out as single tokens.
 */
public final class LegalDictionary {

    /** Part of speech used for law titles and short titles. */
    public static final String LAW_NAME = "nlaw";
    /** Part of speech used for legal terms. */
    public static final String LEGAL_TERM = "nterm";

    private final Map<String, String> entries = new TreeMap<>();

    public LegalDictionary add(String word, String pos) {
        if (word != null && word.length() >= 2 && word.length() <= 64 && word.strip().equals(word)) {
            entries.putIfAbsent(word, pos);
        }
        return this;
    }

    public LegalDictionary addAll(Collection<String> words, String pos) {
        words.forEach(w -> add(w, pos));
        return this;
    }

    public Map<String, String> entries() {
        return Map.copyOf(entries);
    }

    public Set<String> words() {
        return entries.keySet();
    }

    public int size() {
        return entries.size();
    }
}
