package cn.esip.nlp.ie;

import cn.esip.nlp.learn.SparseWeights;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The tagger's character features, by name and by hash: the two forms agree position by position. */
class CharFeaturesTest {

    private static final List<String> TEXTS = List.of(
            "2014年8月7日早上7时许，吸毒人员徐某某来到ABC宾馆8705房购买毒品0.44克。",
            "被告人张某在其位于某市某区某路12号的住处容留李某吸食甲基苯丙胺（冰毒）。",
            "公安机关从被告人王某身上查获疑似海洛因２包，净重共计１２.５克，被告人非法持有毒品。",
            "ｋ粉　Ｋ粉 and 三唑仑 x",
            "某",
            "");

    @Test
    void hashesAreTheHashesOfTheNamesInTheSameOrder() {
        Lexicon lex = new Lexicon(List.of("甲基苯丙胺", "冰毒", "海洛因", "k粉", "三唑仑"));
        for (CharFeatures.Template template : List.of(CharFeatures.Template.FULL,
                new CharFeatures.Template(true, true, true, true), new CharFeatures.Template(false, false, false, false))) {
            CharFeatures cf = new CharFeatures(lex, template);
            for (long seed : new long[]{0, 7}) {
                for (String text : TEXTS) {
                    List<List<String>> names = cf.extract(text);
                    long[][] hashes = cf.extractHashes(text, seed);
                    assertThat(hashes.length).isEqualTo(names.size());
                    for (int i = 0; i < names.size(); i++) {
                        long[] expected = names.get(i).stream().mapToLong(f -> SparseWeights.hash(f, seed)).toArray();
                        assertThat(hashes[i]).as("%s at %d", text, i).containsExactly(expected);
                    }
                }
            }
        }
    }

    @Test
    void namesCarryTheCharacterItsNeighboursAndTheOffenceCue() {
        CharFeatures cf = new CharFeatures(new Lexicon(List.of("冰毒")), CharFeatures.Template.FULL);
        List<List<String>> f = cf.extract("容留他人吸食冰毒");
        List<String> at6 = f.get(6); // 冰
        assertThat(at6).contains("b", "c0:冰", "c-1:食", "c1:毒", "c3:$", "bi0:冰毒", "tri:食冰毒", "lx:B", "lxw:OBE",
                "oR|c0:冰", "oR|b", "run:H:6:1"); // the left run is capped at 6
        assertThat(at6).doesNotContain("oR|c3:$"); // only the boundary kinds are conjoined
        assertThat(at6.indexOf("oR|b")).isGreaterThan(at6.indexOf("lxc:B冰")); // the conjoined copies come last
        assertThat(cf.extract("")).isEmpty();
    }
}
