package cn.esip.nlp.ie;

import cn.esip.models.Checksums;
import cn.esip.models.ModelDescriptor;
import cn.esip.models.ModelRegistry;
import cn.esip.models.ModelStatus;
import cn.esip.nlp.learn.ModelFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Runs the committed, trained CAIL models (no mocks). */
class ExtractorModelsTest {

    private static final Path DATA = Paths.get("../../shared/datasets/cail2022-ie").toAbsolutePath().normalize();
    private static ModelRegistry registry;
    private static EntityRelationExtractor extractor;

    @BeforeAll
    static void load() {
        registry = ModelRegistry.locate();
        extractor = ExtractorModels.load(registry);
    }

    @Test
    void committedModelsAreRegisteredWithTheirHeldOutMetrics() {
        assertThat(registry.status(ExtractorTraining.NER_ID).usable()).isTrue();
        assertThat(registry.status(ExtractorTraining.NER_BGE_ID).usable()).isTrue();
        assertThat(registry.status(ExtractorTraining.NER_FT_ID).usable()).isTrue();
        assertThat(((Number) registry.get(ExtractorTraining.NER_FT_ID).metrics().get("entityF1")).doubleValue())
                .isGreaterThan(((Number) registry.get(ExtractorTraining.NER_ID).metrics().get("entityF1")).doubleValue());
        assertThat(((Number) registry.get(ExtractorTraining.NER_BGE_ID).metrics().get("entityF1")).doubleValue())
                .isGreaterThan(((Number) registry.get(ExtractorTraining.NER_ID).metrics().get("entityF1")).doubleValue());
        assertThat(registry.status(ExtractorTraining.RE_ID).usable()).isTrue();
        assertThat(((Number) registry.get(ExtractorTraining.NER_ID).metrics().get("entityF1")).doubleValue()).isGreaterThan(0.8);
        assertThat(((Number) registry.get(ExtractorTraining.RE_ID).metrics().get("tripletF1")).doubleValue()).isGreaterThan(0.6);
        assertThat(extractor.relations().stages()).isEqualTo(2);
    }

    @Test
    void theDefaultTaggerMixesInTheFineTunedLayersAndTheFastOneRunsNoEncoder() {
        assertThat(extractor.ner().fineTuned()).isNotNull();
        assertThat(extractor.ner().encoder()).isNull();
        assertThat(ExtractorModels.load(registry, ExtractorTraining.NER_ID).ner().encoder()).isNull();
        assertThat(ExtractorModels.load(registry, ExtractorTraining.NER_ID).ner().fineTuned()).isNull();
        assertThat(ExtractorModels.load(registry, ExtractorTraining.NER_BGE_ID).ner().encoder()).isNotNull();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ExtractorModels.load(registry, "ner-x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ner-cail-bge");
    }

    @Test
    void aSentenceWrittenForTheTest() {
        String s = "经审理查明，2016年5月3日20时许，被告人张某某在其住处将0.5克甲基苯丙胺以200元的价格贩卖给吸毒人员王某。";
        for (EntityRelationExtractor ex : List.of(extractor, ExtractorModels.load(registry, ExtractorTraining.NER_BGE_ID),
                ExtractorModels.load(registry, ExtractorTraining.NER_ID))) {
            aSentenceWrittenForTheTest(ex, s);
        }
    }

    private static void aSentenceWrittenForTheTest(EntityRelationExtractor extractor, String s) {
        EntityRelationExtractor.Result r = extractor.extract(s);
        assertThat(r.entities()).extracting(ScoredSpan::text, ScoredSpan::label)
                .contains(org.assertj.core.groups.Tuple.tuple("张某某", "Nh"),
                        org.assertj.core.groups.Tuple.tuple("甲基苯丙胺", "NDR"),
                        org.assertj.core.groups.Tuple.tuple("0.5克", "NW"),
                        org.assertj.core.groups.Tuple.tuple("王某", "Nh"));
        assertThat(r.entities()).allSatisfy(e -> assertThat(e.confidence()).isBetween(0.0, 1.0));
        assertThat(r.relations()).extracting(x -> x.head().text() + ">" + x.label() + ">" + x.tail().text())
                .contains("张某某>sell_drugs_to>王某");
    }

    @Test
    void theFineTunedLayersGiveTagLogProbabilitiesAtTheStartOfEachToken() {
        TagScores ft = extractor.ner().fineTuned();
        assertThat(ft).isInstanceOf(FineTunedTagScores.class);
        String s = "2016年5月3日，被告人张某某贩卖甲基苯丙胺0.5克。";
        float[][] sc = ft.scores(s);
        assertThat(sc.length).isEqualTo(s.length());
        assertThat(sc[0]).hasSize(ft.tags().length);
        assertThat(sc[1]).as("inside the token 2016").isNull();
        assertThat(sc[4]).isNotNull();
        for (float[] row : sc) {
            if (row != null) {
                double z = 0;
                for (float x : row) {
                    z += Math.exp(x);
                }
                assertThat(z).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-3));
            }
        }
        int zhang = s.indexOf("张");
        int best = 0;
        for (int t = 1; t < sc[zhang].length; t++) {
            best = sc[zhang][t] > sc[zhang][best] ? t : best;
        }
        assertThat(ft.tags()[best]).isEqualTo("B-Nh");
    }

    /** A data folder under {@code tmp} with the first {@code n} lines of train.jsonl and the drug lexicon. */
    private static Path firstSentences(Path tmp, int n) throws java.io.IOException {
        Path data = Files.createDirectories(tmp.resolve("data"));
        Files.write(data.resolve("train.jsonl"), Files.readAllLines(DATA.resolve("train.jsonl")).subList(0, n));
        Files.copy(DATA.resolve("drug-lexicon.txt"), data.resolve("drug-lexicon.txt"));
        return data;
    }

    @Test
    void fineTunedLayersForAnotherSplitAreRefusedAndNothingIsWritten(@TempDir Path tmp) throws Exception {
        Path data = firstSentences(tmp, 200);
        Path ft = Files.createDirectories(tmp.resolve("ft"));
        Path committed = registry.artifactPath(registry.get(ExtractorTraining.NER_FT_ID));
        for (String f : List.of("layers.onnx", "crf.json", "training.json")) {
            Files.copy(committed.resolve(f), ft.resolve(f));
        }
        ModelRegistry home = ModelRegistry.open(tmp.resolve("home"));
        ExtractorTraining.Params p = new ExtractorTraining.Params(0.2, 7L, 2, 2, true, CharFeatures.Template.FULL);
        assertThatThrownBy(() -> ExtractorTraining.train(ExtractorTraining.NER_FT_ID, data, home, p, ft, line -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not this split's");
        assertThatThrownBy(() -> ExtractorTraining.train(ExtractorTraining.NER_FT_ID, data, home, p, line -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("finetune_ner_cail.py");
        Files.delete(ft.resolve("crf.json"));
        assertThatThrownBy(() -> ExtractorTraining.train(ExtractorTraining.NER_FT_ID, data, home, p, ft, line -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no crf.json");
        assertThat(home.find(ExtractorTraining.NER_FT_ID)).isEmpty();
        assertThat(home.home().resolve("artifacts/" + ExtractorTraining.NER_FT_ID)).doesNotExist();
    }

    @Test
    @org.junit.jupiter.api.Tag("accuracy")
    void heldOutSentencesReachASanityThreshold() {
        Map<String, Object> params = (Map<String, Object>) registry.get(ExtractorTraining.NER_ID).training().get("params");
        List<LabelledSentence> all = CailJson.read(DATA.resolve("train.jsonl"));
        ArticleSplit split = ArticleSplit.byArticle(all, ((Number) params.get("testShare")).doubleValue(),
                ((Number) params.get("seed")).longValue());
        List<LabelledSentence> some = split.test().subList(0, Math.min(80, split.test().size()));
        ExtractionScorer sc = ExtractorTraining.evaluate(extractor, some);
        assertThat(sc.entityOverall().f1()).isGreaterThan(0.8);
        assertThat(sc.relationOverall().f1()).isGreaterThan(0.55);
        for (LabelledSentence s : some) {
            assertThat(split.train()).noneMatch(t -> t.articleId() == s.articleId());
        }
    }

    @Test
    void trainingIsReproducible(@TempDir Path tmp) throws Exception {
        List<LabelledSentence> all = CailJson.read(DATA.resolve("train.jsonl")).subList(0, 60);
        Lexicon lex = ExtractorTraining.lexicon(DATA.resolve("drug-lexicon.txt"), all, true);
        ModelFiles.write(tmp.resolve("a.gz"), ExtractorTraining.trainNer(all, lex, CharFeatures.Template.FULL, 2, 7L, null));
        ModelFiles.write(tmp.resolve("b.gz"), ExtractorTraining.trainNer(all, lex, CharFeatures.Template.FULL, 2, 7L, null));
        assertThat(Files.readAllBytes(tmp.resolve("a.gz"))).isEqualTo(Files.readAllBytes(tmp.resolve("b.gz")));
    }

    @Test
    void theTrainCommandReplacesTheModelFolderWholeAndRegistersWhatItWrote(@TempDir Path tmp) throws Exception {
        Path data = firstSentences(tmp, 200);
        ModelRegistry registry = ModelRegistry.open(tmp.resolve("home"));
        Path folder = Files.createDirectories(registry.home().resolve("artifacts/ner-cail"));
        Files.writeString(folder.resolve("left-from-an-older-version.txt"), "stale");
        ExtractorTraining.Params p = new ExtractorTraining.Params(0.2, 7L, 2, 2, true, CharFeatures.Template.FULL);

        ModelDescriptor d = ExtractorTraining.train("ner-cail", data, registry, p, line -> { });

        try (var files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted()).containsExactly("lexicon.txt", "tagger.bin.gz");
        }
        try (var files = Files.list(folder.getParent())) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("ner-cail");
        }
        assertThat(d.sha256()).isEqualTo(Checksums.sha256(folder));
        assertThat(registry.status("ner-cail").state()).isEqualTo(ModelStatus.State.INSTALLED);
        assertThatThrownBy(() -> ExtractorTraining.train("../elsewhere", data, registry, p, line -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown trainable model");
        try (var files = Files.list(folder.getParent())) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("ner-cail");
        }
    }

    @Test
    void relationModelTrainsItsSecondStageReproduciblyAndLoadsBothStages(@TempDir Path tmp) throws Exception {
        List<LabelledSentence> all = CailJson.read(DATA.resolve("train.jsonl")).subList(0, 150);
        ExtractorTraining.Params p = new ExtractorTraining.Params(0.2, 7L, 2, 3, true, CharFeatures.Template.FULL);
        var first = ExtractorTraining.trainRelations(all, p.reEpochs(), p.seed(), null);
        var a = ExtractorTraining.trainSecondStage(all, p, null, 12, null);
        var b = ExtractorTraining.trainSecondStage(all, p, null, 12, null);
        ModelFiles.write(tmp.resolve("a.gz"), a);
        ModelFiles.write(tmp.resolve("b.gz"), b);
        assertThat(Files.readAllBytes(tmp.resolve("a.gz"))).isEqualTo(Files.readAllBytes(tmp.resolve("b.gz")));

        RelationModel.save(tmp.resolve("m"), first, a, 12, 2);
        RelationModel two = RelationModel.load(tmp.resolve("m"));
        assertThat(two.stages()).isEqualTo(2);
        LabelledSentence s = all.stream().filter(x -> x.relations().size() >= 2).findFirst().orElseThrow();
        List<ScoredSpan> mentions = s.entities().stream().sorted((x, y) -> Integer.compare(x.start(), y.start()))
                .map(e -> new ScoredSpan(e.start(), e.end(), e.label(), e.text(), 1.0)).toList();
        // the second stage has learnt from the first stage's verdicts: its scores for a pair depend on them
        LabelledRelation gold = s.relations().get(0);
        int h = mentions.stream().map(ScoredSpan::start).toList().indexOf(gold.headStart());
        int t = mentions.stream().map(ScoredSpan::start).toList().indexOf(gold.tailStart());
        List<String> base = RelationFeatures.extract(s.text(), mentions, h, t);
        List<String> saidNone = new java.util.ArrayList<>(base);
        saidNone.addAll(RelationFeatures.stacked(mentions, h, t, List.of()));
        List<String> saidGold = new java.util.ArrayList<>(base);
        saidGold.addAll(RelationFeatures.stacked(mentions, h, t, List.of(gold)));
        assertThat(a.scores(saidGold)).isNotEqualTo(a.scores(saidNone));
        assertThat(two.extract(s.text(), mentions)).isNotEmpty()
                .allSatisfy(r -> assertThat(r.confidence()).isBetween(0.0, 1.0));

        RelationModel.save(tmp.resolve("m"), first, null, 12, 2);
        assertThat(tmp.resolve("m").resolve(RelationModel.STAGE2_FILE)).doesNotExist();
        assertThat(RelationModel.load(tmp.resolve("m")).stages()).isEqualTo(1);
    }

    @Test
    void encoderTaggerTrainsReproduciblyAndLoadsWithItsWindowAndLayers(@TempDir Path tmp) throws Exception {
        List<LabelledSentence> all = CailJson.read(DATA.resolve("train.jsonl")).subList(0, 30);
        Lexicon lex = ExtractorTraining.lexicon(DATA.resolve("drug-lexicon.txt"), all, true);
        var enc = new cn.esip.nlp.encode.MemoizingEncoder(cn.esip.nlp.encode.Encoders.bge(2));
        var win = new cn.esip.nlp.encode.WindowedEncoder(enc, 1);
        var a = ExtractorTraining.trainNer(all, lex, CharFeatures.Template.FULL, 2, 7L, win, 0.1, null);
        var b = ExtractorTraining.trainNer(all, lex, CharFeatures.Template.FULL, 2, 7L, win, 0.1, null);
        EntityTagger.save(tmp.resolve("a"), a, lex, win, 2);
        EntityTagger.save(tmp.resolve("b"), b, lex, win, 2);
        assertThat(Files.readAllBytes(tmp.resolve("a").resolve(EntityTagger.MODEL_FILE)))
                .isEqualTo(Files.readAllBytes(tmp.resolve("b").resolve(EntityTagger.MODEL_FILE)));
        assertThat(Files.readString(tmp.resolve("a").resolve(EntityTagger.ENCODER_FILE)))
                .contains("window=1").contains("layers=2");
        EntityTagger m = EntityTagger.load(tmp.resolve("a"), enc);
        String text = all.get(0).text();
        assertThat(m.extract(text)).isEqualTo(m.extract(text, enc.encode(text)));
        assertThat(m.extract(text)).isNotEmpty();
        // loaded on its own, the model gets the shared encoder cut at the layer it was trained on
        EntityTagger own = EntityTagger.load(tmp.resolve("a"));
        assertThat(((cn.esip.nlp.encode.BgeSmallZhEncoder) own.encoder()).layers()).isEqualTo(2);
        assertThat(own.extract(text)).isEqualTo(m.extract(text));
    }

    @Test
    void scorerCountsExactMatchesOnly() {
        LabelledSentence gold = new LabelledSentence(1, 1, "张某卖冰毒", List.of(new LabelledSpan(0, 2, "Nh", "张某"),
                new LabelledSpan(3, 5, "NDR", "冰毒")), List.of(new LabelledRelation(0, "张某", 3, "冰毒", "traffic_in"),
                new LabelledRelation(3, "冰毒", 0, "张某", "NA")));
        LabelledSentence pred = new LabelledSentence(1, 1, "张某卖冰毒", List.of(new LabelledSpan(0, 2, "Nh", "张某"),
                new LabelledSpan(2, 5, "NDR", "卖冰毒")), List.of(new LabelledRelation(0, "张某", 3, "冰毒", "posess")));
        ExtractionScorer sc = new ExtractionScorer();
        sc.add(gold, pred);
        assertThat(sc.entityOverall().correct()).isEqualTo(1);
        assertThat(sc.entityOverall().f1()).isEqualTo(0.5);
        assertThat(sc.relationOverall().gold()).isEqualTo(1);
        assertThat(sc.relationOverall().correct()).isZero();
    }
}
