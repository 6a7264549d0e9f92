package cn.esip.nlp.learn;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The hashed weight table finds every feature it was given, no other, and writes what it read. */
class SparseWeightsTest {

    private static final String[] LABELS = {"A", "B", "C"};

    private static Map<String, float[]> random(int n, long seed) {
        Random r = new Random(seed);
        Map<String, float[]> m = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            m.put("c" + (char) ('一' + r.nextInt(3000)) + "|" + i, new float[]{r.nextFloat(), 0f, -r.nextFloat()});
        }
        return m;
    }

    @Test
    void everyFeatureIsFoundWithItsWeightsAndUnknownOnesAreNot() {
        Map<String, float[]> m = random(20_000, 1);
        SparseWeights w = new SparseWeights(LABELS, m);
        assertThat(w.featureCount()).isEqualTo(m.size());
        for (Map.Entry<String, float[]> e : m.entrySet()) {
            assertThat(w.get(e.getKey())).isEqualTo(e.getValue());
        }
        for (int i = 0; i < 20_000; i++) {
            assertThat(w.get("unseen|" + i)).isNull();
        }
        assertThat(w.get("")).isNull();
    }

    @Test
    void scoresAddTheWeightsOfKnownFeatures() {
        Map<String, float[]> m = new LinkedHashMap<>();
        m.put("x", new float[]{1f, 2f, 3f});
        m.put("y", new float[]{0.5f, 0f, -1f});
        SparseWeights w = new SparseWeights(LABELS, m);
        double[] s = {10, 0, 0};
        w.score(List.of("x", "nope", "y", "x"), s);
        assertThat(s).containsExactly(12.5, 4.0, 5.0);
    }

    @Test
    void writingWhatWasReadGivesTheSameBytes() throws IOException {
        SparseWeights w = new SparseWeights(LABELS, random(500, 2));
        byte[] once = bytes(w);
        SparseWeights back = SparseWeights.read(new DataInputStream(new ByteArrayInputStream(once)));
        assertThat(bytes(back)).isEqualTo(once);
    }

    @Test
    void aDamagedFileIsRefused() throws IOException {
        Map<String, float[]> m = new LinkedHashMap<>();
        m.put("x", new float[]{1f, 2f, 3f});
        byte[] b = bytes(new SparseWeights(LABELS, m));
        b[b.length - 5] = 9; // the label index of the last weight: 9 of 3 labels
        assertThatThrownBy(() -> SparseWeights.read(new DataInputStream(new ByteArrayInputStream(b))))
                .isInstanceOf(IOException.class).hasMessageContaining("label index");
    }

    @Test
    void theHashDependsOnTheSeedAndIsNeverZero() {
        assertThat(SparseWeights.hash("b|一", 0)).isNotEqualTo(SparseWeights.hash("b|一", 1));
        assertThat(SparseWeights.hash("b|一", 0)).isEqualTo(SparseWeights.hash("b|" + "一", 0));
        assertThat(SparseWeights.hash("", 0)).isNotZero();
    }

    private static byte[] bytes(SparseWeights w) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(buf)) {
            w.write(out);
        }
        return buf.toByteArray();
    }
}
