package cn.esip.bench;

import cn.esip.nlp.ie.CailJson;
import cn.esip.nlp.ie.EntityTagger;
import cn.esip.nlp.ie.ExtractionScorer;
import cn.esip.nlp.ie.LabelledSentence;
import cn.esip.nlp.ie.LabelledSpan;
import cn.esip.nlp.ie.ExtractorTraining;
import cn.esip.nlp.ie.CharFeatures;
import cn.esip.nlp.learn.BioesScheme;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The out-of-fold score file of the fine-tuning script, and the cross-validation of the mixture that reads it. */
class OutOfFoldTagScoresTest {

    private static final Path DATA = Paths.get("../../shared/datasets/cail2022-ie").toAbsolutePath().normalize();
    private static final String[] TAGS = BioesScheme.tags(EntityTagger.LABELS);

    /** Writes the format of finetune_ner_cail.write_oof: each character its own token, scores from {@code gold}. */
    private static void write(Path file, List<LabelledSentence> sentences, boolean oracle) throws IOException {
        try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(file))) {
            out.write("ESIPOOF1".getBytes(StandardCharsets.US_ASCII));
            out.writeInt(TAGS.length);
            for (String t : TAGS) {
                byte[] b = t.getBytes(StandardCharsets.UTF_8);
                out.writeInt(b.length);
                out.write(b);
            }
            out.writeInt(sentences.size());
            for (LabelledSentence s : sentences) {
                out.writeLong(s.articleId());
                out.writeLong(s.sentId());
                byte[] b = s.text().getBytes(StandardCharsets.UTF_8);
                out.writeInt(b.length);
                out.write(b);
                String[] gold = BioesScheme.encode(s.text().length(), s.entities().stream()
                        .map(e -> new BioesScheme.Span(e.start(), e.end(), e.label())).toList());
                out.writeInt(gold.length);
                for (int i = 0; i < gold.length; i++) {
                    out.writeInt(i);
                    for (String t : TAGS) {
                        // an oracle that puts 0.99 on the gold tag, or a uniform guess that says nothing
                        out.writeFloat((float) (oracle ? Math.log(t.equals(gold[i]) ? 0.99 : 0.01 / (TAGS.length - 1))
                                : -Math.log(TAGS.length)));
                    }
                }
            }
        }
    }

    @Test
    void scoresAreFoundBySentenceIdNotByText(@TempDir Path tmp) throws IOException {
        LabelledSentence a = new LabelledSentence(1, 1, "张某贩卖海洛因。", List.of(new LabelledSpan(0, 2, "Nh", "张某")), List.of());
        LabelledSentence twin = new LabelledSentence(2, 7, "张某贩卖海洛因。", List.of(), List.of());
        write(tmp.resolve("oof.bin"), List.of(a), true);
        OutOfFoldTagScores oof = OutOfFoldTagScores.read(tmp.resolve("oof.bin"));
        assertThat(oof.size()).isEqualTo(1);
        assertThat(oof.tags()).containsExactly(TAGS);
        float[][] rows = oof.of(a).scores(a.text());
        assertThat(rows.length).isEqualTo(a.text().length());
        assertThat(rows[0][List.of(TAGS).indexOf("B-Nh")]).isGreaterThan(rows[0][0]);
        assertThatThrownBy(() -> oof.of(twin)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("article 2");
    }

    @Test
    void foreignAndTruncatedFilesAreRefused(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("x.bin"), "not scores");
        assertThatThrownBy(() -> OutOfFoldTagScores.read(tmp.resolve("x.bin")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not an out-of-fold score file");
        LabelledSentence a = new LabelledSentence(1, 1, "张某贩卖海洛因。", List.of(), List.of());
        write(tmp.resolve("oof.bin"), List.of(a), true);
        byte[] all = Files.readAllBytes(tmp.resolve("oof.bin"));
        Files.write(tmp.resolve("cut.bin"), java.util.Arrays.copyOf(all, all.length - 10));
        assertThatThrownBy(() -> OutOfFoldTagScores.read(tmp.resolve("cut.bin")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cut short");
    }

    @Test
    void theMixtureFollowsTheAddedScoresAsTheirWeightGrows(@TempDir Path tmp) throws IOException {
        List<LabelledSentence> some = CailJson.read(DATA.resolve("train.jsonl")).subList(0, 120);
        ExtractorTraining.Params p = new ExtractorTraining.Params(0.2, 7L, 2, 2, true, CharFeatures.Template.FULL);
        write(tmp.resolve("oracle.bin"), some, true);
        List<ExtractionScorer> oracle = TaggerCrossValidation.mixture(some, DATA.resolve("drug-lexicon.txt"), p,
                OutOfFoldTagScores.read(tmp.resolve("oracle.bin")), new double[]{0, 50}, 2, null);
        write(tmp.resolve("uniform.bin"), some, false);
        List<ExtractionScorer> uniform = TaggerCrossValidation.mixture(some, DATA.resolve("drug-lexicon.txt"), p,
                OutOfFoldTagScores.read(tmp.resolve("uniform.bin")), new double[]{0, 50}, 2, null);
        double alone = oracle.get(0).entityOverall().f1();
        assertThat(uniform.get(0).entityOverall().f1()).isEqualTo(alone);
        // scores that are the same for every tag change nothing, whatever their weight
        assertThat(uniform.get(1).entityOverall().f1()).isEqualTo(alone);
        // an oracle's scores, weighted enough, decide (gold spans that overlap cannot all be tagged)
        assertThat(oracle.get(1).entityOverall().f1()).isGreaterThan(Math.max(0.97, alone + 0.02));
    }
}
