package cn.esip.nlp.ie;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The lexicon marks the longest term at each position, left to right, as B/I/E; other characters are O. */
class LexiconTest {

    @Test
    void marksTheLongestTermFirst() {
        Lexicon lex = new Lexicon(List.of("海洛因", "甲基苯丙胺", "甲基", "冰毒", "ｋ粉"));
        assertThat(new String(lex.cover("贩卖甲基苯丙胺和海洛因"))).isEqualTo("OOBIIIEOBIE");
        assertThat(new String(lex.cover("甲基"))).isEqualTo("BE");
        assertThat(new String(lex.cover("k粉冰毒"))).isEqualTo("BEBE"); // terms are normalised like text
        assertThat(new String(lex.cover(""))).isEmpty();
        assertThat(lex.size()).isEqualTo(5);
    }

    @Test
    void agreesWithTryingEveryLengthAtEveryPosition() {
        Random r = new Random(3);
        String alphabet = "甲乙丙丁戊己庚辛";
        List<String> terms = new java.util.ArrayList<>();
        for (int k = 0; k < 40; k++) {
            terms.add(random(r, alphabet, 1 + r.nextInt(6)));
        }
        Lexicon lex = new Lexicon(terms);
        for (int k = 0; k < 300; k++) {
            String text = random(r, alphabet, r.nextInt(40));
            assertThat(matches(lex.cover(text))).as(text).isEqualTo(reference(lex.terms(), text));
        }
    }

    private static String random(Random r, String alphabet, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return b.toString();
    }

    /** The plain definition, as "start+length" matches: at each position the longest term (2+ characters). */
    private static String reference(Set<String> terms, String text) {
        StringBuilder matches = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int len = 0;
            for (int l = 2; i + l <= text.length(); l++) {
                if (terms.contains(text.substring(i, i + l))) {
                    len = l;
                }
            }
            matches.append(len == 0 ? "" : i + "+" + len + " ");
            i += Math.max(1, len);
        }
        return matches.toString();
    }

    /** The matches a BIE cover marks, in the form of {@link #reference}. */
    private static String matches(char[] cover) {
        StringBuilder matches = new StringBuilder();
        for (int i = 0; i < cover.length; i++) {
            if (cover[i] == 'B') {
                int end = i + 1;
                while (cover[end] == 'I') {
                    end++;
                }
                assertThat(cover[end]).isEqualTo('E');
                matches.append(i).append('+').append(end - i + 1).append(' ');
                i = end;
            } else {
                assertThat(cover[i]).isEqualTo('O');
            }
        }
        return matches.toString();
    }
}
