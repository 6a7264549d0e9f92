package cn.esip.nlp.cite;

/**
 * What one citation in a text says, before it is resolved: where it is, which law (null for the
 * citing law itself) and which article/paragraph/item it names, or which relative unit (本条, 前款…).
 *
 * @param start         offset of the first character in the scanned text
 * @param end           offset after the last character
 * @param text          the citation as written
 * @param lawTitle      the cited law's title as written, without 《》 (null: the citing law itself)
 * @param article       article number (0: none named, e.g. a whole-law citation or 前款)
 * @param articleSuffix n of 第N条之n (0: none)
 * @param articleTo     last article of a range 第N条至第M条 (0: no range)
 * @param paragraph     paragraph (款) number (0: none)
 * @param paragraphTo   last paragraph of a range 第一款至第三款 (0: no range)
 * @param item          item (项) number (0: none)
 * @param itemTo        last item of a range 第一项至第五项 (0: no range)
 * @param relative      how the target relates to the citing provision
 * @param count         for {@link Relative#PREVIOUS_PARAGRAPHS}: how many (前两款 → 2); else 1
 */
public record CitationMention(int start, int end, String text, String lawTitle, int article, int articleSuffix,
                              int articleTo, int paragraph, int paragraphTo, int item, int itemTo, Relative relative,
                              int count) {

    /** How a citation's target relates to the citing provision. */
    public enum Relative {
        /** names its article (本法第N条, 第N条, 《某法》第N条) */
        ABSOLUTE,
        /** names a whole law (《中华人民共和国食品安全法》 with no article) */
        WHOLE_LAW,
        /** 本条 (optionally with 第M款/第K项) */
        THIS_ARTICLE,
        /** 本款 (optionally with 第K项) */
        THIS_PARAGRAPH,
        /** 前条: the article before the citing one */
        PREVIOUS_ARTICLE,
        /** 前款, 前两款, 前三款: the paragraph(s) before the citing one */
        PREVIOUS_PARAGRAPHS,
        /** 前项: the item before the citing one */
        PREVIOUS_ITEM
    }

    /** True when the citation points into another law (a title is given). */
    public boolean namesLaw() {
        return lawTitle != null;
    }
}
