package cn.esip.nlp.encode;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Runs the real bge-small-zh-v1.5 ONNX model through DJL (offline). */
class BgeSmallZhEncoderTest {

    private static BgeSmallZhEncoder encoder;

    @BeforeAll
    static void open() {
        encoder = BgeSmallZhEncoder.open();
    }

    @AfterAll
    static void close() {
        encoder.close();
    }

    private static double norm(float[] v) {
        double s = 0;
        for (float x : v) {
            s += x * x;
        }
        return Math.sqrt(s);
    }

    private static double cosine(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s / (norm(a) * norm(b));
    }

    @Test
    void oneVectorPerCharacterIncludingDigitsLatinAndSpaces() {
        String s = "2014年8月7日，徐某某在ABC宾馆 8705房购买毒品0.44克。";
        float[][] v = encoder.encode(s);
        assertThat(v.length).isEqualTo(s.length());
        for (int i = 0; i < s.length(); i++) {
            assertThat(v[i]).hasSize(BgeSmallZhEncoder.DIMENSION);
            if (s.charAt(i) == ' ') {
                assertThat(norm(v[i])).isZero();
            } else {
                assertThat(norm(v[i])).as("position %d '%s'", i, s.charAt(i)).isGreaterThan(1);
            }
        }
        // the characters of one word piece ("2014") share its vector
        assertThat(v[0]).isEqualTo(v[3]);
    }

    @Test
    void tokenWindowsCarryTheSpecialTokensAndTheCharactersOfEachToken() {
        String s = "2014年8月7日，徐某某购买毒品0.44克。";
        java.util.List<BgeSmallZhEncoder.TokenWindow> ws = encoder.encodeTokens(s);
        assertThat(ws).hasSize(1);
        BgeSmallZhEncoder.TokenWindow w = ws.get(0);
        assertThat(w.hidden()).hasSize(w.tokens() * BgeSmallZhEncoder.DIMENSION);
        assertThat(w.starts()[0]).isEqualTo(-1);
        assertThat(w.starts()[w.tokens() - 1]).isEqualTo(-1);
        assertThat(w.starts()[1]).isZero();
        assertThat(w.ends()[1]).isEqualTo(4);
        assertThat(w.starts()[2]).isEqualTo(4);
        float[][] chars = encoder.encode(s);
        float[] second = java.util.Arrays.copyOfRange(w.hidden(), 2 * BgeSmallZhEncoder.DIMENSION, 3 * BgeSmallZhEncoder.DIMENSION);
        assertThat(chars[4]).isEqualTo(second);
    }

    @Test
    void theEmbeddingOutputIsTheGraphCutBeforeTheFirstLayer() {
        try (BgeSmallZhEncoder emb = BgeSmallZhEncoder.open(0)) {
            String s = "被告人张某在宾馆贩卖海洛因。";
            float[][] e = emb.encode(s);
            float[][] full = encoder.encode(s);
            assertThat(e[0]).hasSize(BgeSmallZhEncoder.DIMENSION);
            assertThat(cosine(e[0], full[0])).isLessThan(0.99);
            // LayerNorm output: mean about 0 before the learnt scale and shift, so its norm is of the order of sqrt(512)
            assertThat(norm(e[3])).isGreaterThan(1);
            assertThat(emb.describe()).contains("embedding output");
        }
    }

    @Test
    void vectorsDependOnContextAndAreDeterministic() {
        String a = "被告人张某在宾馆贩卖海洛因。";
        String b = "张某的家位于宾馆对面的小区。";
        float[][] va = encoder.encode(a);
        float[][] vb = encoder.encode(b);
        float[] inA = va[a.indexOf("宾")];
        float[] inB = vb[b.indexOf("宾")];
        assertThat(cosine(inA, inB)).isLessThan(0.999).isGreaterThan(0.3);
        assertThat(encoder.encode(a)[a.indexOf("宾")]).isEqualTo(inA);
    }

    @Test
    void textsLongerThanTheModelWindowAreCoveredEverywhere() {
        String sentence = "二〇二四年三月一日，当事人在本市某区某路经营的门店内销售过期食品，执法人员现场查获。";
        String text = sentence.repeat(30);
        assertThat(text.length()).isGreaterThan(2 * BgeSmallZhEncoder.WINDOW);
        float[][] v = encoder.encode(text);
        assertThat(v.length).isEqualTo(text.length());
        for (float[] x : v) {
            assertThat(norm(x)).isGreaterThan(1);
        }
        int end = BgeSmallZhEncoder.windowEnd(text, 0);
        assertThat(end).isLessThanOrEqualTo(BgeSmallZhEncoder.WINDOW);
        assertThat(text.charAt(end - 1)).isEqualTo('。');
    }

    @Test
    void innerLayersGiveOtherVectorsOfTheSameShape() {
        String s = "被告人张某在宾馆贩卖海洛因。";
        try (BgeSmallZhEncoder two = BgeSmallZhEncoder.open(2)) {
            assertThat(two.layers()).isEqualTo(2);
            assertThat(two.describe()).contains("layer 2 of 4");
            float[][] inner = two.encode(s);
            float[][] last = encoder.encode(s);
            assertThat(inner.length).isEqualTo(s.length());
            for (int i = 0; i < s.length(); i++) {
                assertThat(inner[i]).hasSize(BgeSmallZhEncoder.DIMENSION);
                assertThat(norm(inner[i])).isGreaterThan(1);
                assertThat(inner[i]).isNotEqualTo(last[i]);
            }
            assertThat(two.encode(s)[5]).isEqualTo(inner[5]);
        }
        assertThatThrownBy(() -> BgeSmallZhEncoder.open(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BgeSmallZhEncoder.open(5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void windowedAndMemoizingFilters() {
        String s = "张某卖冰毒";
        WindowedEncoder w = new WindowedEncoder(encoder, 1);
        assertThat(w.dimension()).isEqualTo(3 * BgeSmallZhEncoder.DIMENSION);
        float[][] base = encoder.encode(s);
        float[][] win = w.encode(s);
        int d = BgeSmallZhEncoder.DIMENSION;
        assertThat(java.util.Arrays.copyOfRange(win[0], 0, d)).containsOnly(0f);
        assertThat(java.util.Arrays.copyOfRange(win[0], d, 2 * d)).isEqualTo(base[0]);
        assertThat(java.util.Arrays.copyOfRange(win[0], 2 * d, 3 * d)).isEqualTo(base[1]);
        assertThat(java.util.Arrays.copyOfRange(win[4], 2 * d, 3 * d)).containsOnly(0f);
        MemoizingEncoder m = new MemoizingEncoder(encoder);
        assertThat(m.encode(s)).isSameAs(m.encode(s));
    }
}
