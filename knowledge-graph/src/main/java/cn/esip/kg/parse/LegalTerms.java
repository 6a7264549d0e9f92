package cn.esip.kg.parse;

import java.util.List;

/**
 * Law titles and short titles of a corpus (e.g. 中华人民共和国食品安全法 and 食品安全法), for a
 * segmenter's user dictionary and for title look-ups.
 */
public record LegalTerms(List<String> titles, List<String> shortTitles) {

    /** Titles and short titles together, without duplicates, sorted. */
    public List<String> all() {
        java.util.TreeSet<String> s = new java.util.TreeSet<>(titles);
        s.addAll(shortTitles);
        return List.copyOf(s);
    }
}
