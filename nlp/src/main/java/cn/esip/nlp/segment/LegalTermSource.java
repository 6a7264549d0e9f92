package cn.esip.nlp.segment;

import java.util.Collection;
import java.util.List;

/**
 * Port through which the law knowledge graph supplies the words of the legal user dictionary (law titles,
 * short titles, defined terms). The NLP pipeline works without one (HanLP's own dictionary only).
 */
public interface LegalTermSource {

    /** Full titles of the laws, regulations and rules known (中华人民共和国食品安全法 …). */
    Collection<String> lawTitles();

    /** Short titles (食品安全法 …). */
    default Collection<String> shortTitles() {
        return List.of();
    }

    /** Defined legal terms (违法所得, 责令停产停业 …). */
    default Collection<String> terms() {
        return List.of();
    }

    /** The user dictionary built from this source. */
    default LegalDictionary toDictionary() {
        LegalDictionary d = new LegalDictionary();
        d.addAll(lawTitles(), LegalDictionary.LAW_NAME);
        d.addAll(shortTitles(), LegalDictionary.LAW_NAME);
        d.addAll(terms(), LegalDictionary.LEGAL_TERM);
        return d;
    }
}
