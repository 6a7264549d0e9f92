package cn.esip.nlp.ie;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OffenceCueTest {

    @Test
    void readsTheOffenceFromTheSentencesOwnWords() {
        assertEquals(OffenceCue.SHELTER, OffenceCue.of("被告人张某在其租住的房间内多次容留李某吸食甲基苯丙胺。"));
        assertEquals(OffenceCue.POSSESSION, OffenceCue.of("民警从其身上查获甲基苯丙胺5克，被告人非法持有毒品。"));
        assertEquals(OffenceCue.SALE, OffenceCue.of("被告人王某以人民币200元的价格向吸毒人员贩卖海洛因0.2克。"));
        assertEquals(OffenceCue.SALE, OffenceCue.of("李某向其购买毒品。"));
        assertEquals(OffenceCue.NONE, OffenceCue.of("经鉴定，上述白色晶体中检出甲基苯丙胺成分。"));
    }

    @Test
    void shelterWinsOverPossessionAndSale() {
        assertEquals(OffenceCue.SHELTER, OffenceCue.of("容留他人吸毒，并贩卖、持有毒品"));
        assertEquals(OffenceCue.POSSESSION, OffenceCue.of("持有毒品，又出售给他人"));
    }

    @Test
    void charFeaturesConjoinTheBoundaryFeaturesWithTheCueWhenAsked() {
        Lexicon lex = new Lexicon(List.of("海洛因"));
        String text = "容留王某吸食海洛因";
        List<List<String>> plain = new CharFeatures(lex, new CharFeatures.Template(true, true, true, true)).extract(text);
        List<List<String>> cued = new CharFeatures(lex, CharFeatures.Template.FULL).extract(text);
        assertEquals(plain.size(), cued.size());
        for (int i = 0; i < plain.size(); i++) {
            List<String> p = plain.get(i);
            List<String> c = cued.get(i);
            assertEquals(p, c.subList(0, p.size()));
            assertEquals(15, c.size() - p.size(), "conjoined kinds at position " + i);
            for (String extra : c.subList(p.size(), c.size())) {
                assertTrue(extra.startsWith("oR|") && p.contains(extra.substring(3)), extra);
            }
            assertTrue(c.contains("oR|c0:" + text.charAt(i)));
            assertTrue(c.stream().noneMatch(x -> x.startsWith("oR|c-3:") || x.startsWith("oR|lx")), "not conjoined");
        }
        assertTrue(new CharFeatures(lex, CharFeatures.Template.FULL).extract("王某贩卖海洛因").get(0).contains("oS|b"));
    }
}
