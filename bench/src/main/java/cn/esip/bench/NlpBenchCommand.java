package cn.esip.bench;

import cn.esip.api.cli.CailDataLocation;
import cn.esip.api.cli.EsipMain;
import cn.esip.models.ModelDescriptor;
import cn.esip.models.ModelRegistry;
import cn.esip.nlp.ie.EntityRelationExtractor;
import cn.esip.nlp.ie.CailJson;
import cn.esip.nlp.ie.ExtractorModels;
import cn.esip.nlp.ie.EntityTagger;
import cn.esip.nlp.ie.RelationModel;
import cn.esip.nlp.ie.ExtractionScorer;
import cn.esip.nlp.ie.LabelledSentence;
import cn.esip.nlp.ie.ArticleSplit;
import cn.esip.nlp.ie.ExtractorTraining;
import cn.esip.nlp.ie.CharFeatures;
import cn.esip.nlp.ie.Lexicon;
import cn.esip.nlp.encode.CharEncoder;
import cn.esip.nlp.encode.Encoders;
import cn.esip.nlp.encode.MemoizingEncoder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code esip bench nlp}: accuracy of the committed CAIL models on their held-out split (per label), extraction
 * throughput with the models loaded once, and memory; {@code --ablations} also retrains feature variants and
 * scores them on a development split of the training articles (the held-out articles are not used for choices).
 */
@Command(name = "nlp", mixinStandardHelpOptions = true,
        description = "CAIL2022 entity/triplet F1 per label on the held-out split, throughput and memory.")
public final class NlpBenchCommand implements Runnable {

    @Option(names = "--data", paramLabel = "DIR", description = "CAIL2022 directory (default: ../shared/datasets/cail2022-ie).")
    Path data;

    @Option(names = "--threads", defaultValue = "2", description = "Threads for the parallel throughput run (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--rounds", defaultValue = "3", description = "Timed passes over the held-out sentences (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--ner", paramLabel = "ID", split = ",",
            description = "Entity taggers to measure, each end to end with re-cail (default: ner-cail-ft,ner-cail-bge,ner-cail).")
    List<String> ners = List.of(ExtractorTraining.NER_FT_ID, ExtractorTraining.NER_BGE_ID, ExtractorTraining.NER_ID);

    @Option(names = "--ablations", description = "Also train feature variants and score them on a dev split of the training articles.")
    boolean ablations;

    @Option(names = "--cv", description = "Also cross-validate (3 folds over the training articles) both taggers with and "
            + "without the offence-cue features (about 10 minutes on 2 cores; needs about 4 GB of heap).")
    boolean cv;

    @Option(names = "--fine-tuned-oof", paramLabel = "FILE", description = "Also cross-validate ner-cail-ft's mixture "
            + "weight from the out-of-fold scores of models/training/finetune_ner_cail.py --oof (its oof.bin).")
    Path fineTunedOof;

    @Override
    public void run() {
        if (threads < 1 || threads > 64 || rounds < 1 || rounds > 100) {
            throw new EsipMain.UsageError("--threads must be 1..64 and --rounds 1..100");
        }
        OutOfFoldTagScores oof = null;
        if (fineTunedOof != null) {
            // read before the long measurements, so that a bad file is reported at once
            try {
                oof = OutOfFoldTagScores.read(fineTunedOof);
            } catch (IllegalArgumentException e) {
                throw new EsipMain.UsageError(e.getMessage());
            }
        }
        ModelRegistry reg = ModelRegistry.locate();
        ModelDescriptor nerDesc = reg.find(ExtractorTraining.NER_ID).orElseThrow(() ->
                new IllegalStateException("ner-cail is not registered: run ./esip models train ner-cail"));
        Map<?, ?> params = (Map<?, ?>) nerDesc.training().get("params");
        long seed = ((Number) params.get("seed")).longValue();
        double share = ((Number) params.get("testShare")).doubleValue();
        Path dir = CailDataLocation.resolve(data);
        List<LabelledSentence> all = CailJson.read(dir.resolve("train.jsonl"));
        ArticleSplit split = ArticleSplit.byArticle(all, share, seed);

        for (String ner : ners) {
            measure(reg, ner, split, seed);
        }
        if (ablations) {
            ablations(dir, split, seed);
        }
        if (cv) {
            crossValidation(dir, split);
        }
        if (oof != null) {
            mixtureCrossValidation(dir, split, oof);
        }
    }

    /** The cross-validation that chose ner-cail-ft's mixture weight, from the fine-tuning script's out-of-fold scores. */
    private void mixtureCrossValidation(Path dir, ArticleSplit split, OutOfFoldTagScores oof) {
        double[] betas = {0, 1, 2, 3, 5, 8, 12, 20, 40};
        System.out.printf("## ner-cail x fine-tuned layers: entity F1 by 3-fold cross-validation over the %d training "
                + "sentences for each mixture weight (out-of-fold scores of %d sentences from %s)%n%n",
                split.train().size(), oof.size(), fineTunedOof);
        System.out.printf("| beta | CV entity F1 | Nh | Ns | NT | NDR | NW |%n| --- | --- | --- | --- | --- | --- | --- |%n");
        List<ExtractionScorer> scores;
        try {
            scores = TaggerCrossValidation.mixture(split.train(), dir.resolve("drug-lexicon.txt"),
                    ExtractorTraining.Params.DEFAULT, oof, betas, 3, System.err::println);
        } catch (IllegalArgumentException e) {
            throw new EsipMain.UsageError(e.getMessage() + " (scores of another split or data?)");
        }
        for (int b = 0; b < betas.length; b++) {
            Map<String, Double> f1 = new java.util.HashMap<>();
            scores.get(b).entityScores().forEach(x -> f1.put(x.label(), x.f1()));
            System.out.printf("| %s | %.4f | %.3f | %.3f | %.3f | %.3f | %.3f |%n", betas[b],
                    scores.get(b).entityOverall().f1(), f1.get("Nh"), f1.get("Ns"), f1.get("NT"), f1.get("NDR"), f1.get("NW"));
        }
        System.out.println();
    }

    /** The cross-validation that chose the offence-cue features: both taggers, with and without them. */
    private void crossValidation(Path dir, ArticleSplit split) {
        int folds = 3;
        System.out.printf("## Entity F1 by %d-fold cross-validation over the %d training sentences (folds by article; "
                + "the held-out articles are not used)%n%n", folds, split.train().size());
        System.out.printf("| tagger | offence-cue conjunctions | CV entity F1 | Nh | Ns | NT | NDR | NW |%n"
                + "| --- | --- | --- | --- | --- | --- | --- | --- |%n");
        ExtractorTraining.Params d = ExtractorTraining.Params.DEFAULT;
        try (CharEncoder bge = new MemoizingEncoder(Encoders.bge(d.encoderLayers()))) {
            for (String tagger : List.of(ExtractorTraining.NER_ID, ExtractorTraining.NER_BGE_ID)) {
                for (boolean cue : new boolean[]{false, true}) {
                    CharFeatures.Template t = cue ? CharFeatures.Template.FULL : new CharFeatures.Template(true, true, true, true);
                    ExtractorTraining.Params p = new ExtractorTraining.Params(d.testShare(), d.seed(), d.nerEpochs(),
                            d.reEpochs(), d.trainNdrInLexicon(), t);
                    System.err.println("cross-validating " + tagger + (cue ? " with" : " without") + " the offence cue");
                    ExtractionScorer sc = TaggerCrossValidation.ner(split.train(), dir.resolve("drug-lexicon.txt"), p,
                            tagger.equals(ExtractorTraining.NER_BGE_ID) ? bge : null, folds, System.err::println);
                    Map<String, Double> f1 = new java.util.HashMap<>();
                    sc.entityScores().forEach(x -> f1.put(x.label(), x.f1()));
                    System.out.printf("| %s | %s | %.4f | %.3f | %.3f | %.3f | %.3f | %.3f |%n", tagger, cue ? "yes" : "no",
                            sc.entityOverall().f1(), f1.get("Nh"), f1.get("Ns"), f1.get("NT"), f1.get("NDR"), f1.get("NW"));
                }
            }
        }
        System.out.println();
    }

    private void measure(ModelRegistry reg, String ner, ArticleSplit split, long seed) {
        Runtime rt = Runtime.getRuntime();
        long before = usedAfterGc(rt);
        long t0 = System.nanoTime();
        EntityRelationExtractor ex;
        try {
            ex = ExtractorModels.load(reg, ner);
        } catch (IllegalArgumentException e) {
            throw new EsipMain.UsageError(e.getMessage());
        }
        double loadS = (System.nanoTime() - t0) / 1e9;
        long after = usedAfterGc(rt);

        System.out.printf("# Entity tagger %s + re-cail%n%n", ner);
        System.out.printf("## CAIL2022 held-out split: %d sentences of articles %s (seed %d), never trained on%n%n",
                split.test().size(), split.testArticles(), seed);
        ExtractionScorer sc = ExtractorTraining.evaluate(ex, split.test());
        table("Entities (exact span + label), end to end, " + ner, sc.entityScores());
        table("Relation triplets (exact head, tail, label; NA ignored), end to end with " + ner, sc.relationScores());
        table("Relation triplets given the gold entities (relation step alone)",
                ExtractorTraining.evaluateRelationsOnGold(ex.relations(), split.test()).relationScores());

        List<String> texts = split.test().stream().map(LabelledSentence::text).toList();
        double meanChars = texts.stream().mapToInt(String::length).average().orElse(0);
        for (String s : texts) {
            ex.extract(s);
        }
        Rate one = throughput(ex, texts, 1);
        Rate many = threads > 1 ? throughput(ex, texts, threads) : one;
        double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        int cores = Runtime.getRuntime().availableProcessors();
        System.out.printf("## Throughput and memory%n%n");
        System.out.printf("| measure | value |%n| --- | --- |%n");
        System.out.printf("| sentences (mean length) | %d (%.0f chars) |%n", texts.size(), meanChars);
        System.out.printf("| machine | %d cores, load average %.1f during the run |%n", cores, load);
        System.out.printf("| 1 thread, wall clock | %.0f sentences/s (%.0f chars/s) |%n", one.wall(), one.wall() * meanChars);
        System.out.printf("| %d threads, wall clock | %.0f sentences/s (%.0f chars/s) |%n", threads, many.wall(), many.wall() * meanChars);
        System.out.printf("| per CPU-second of one core (load-independent) | %.0f sentences/s |%n", many.cpu());
        System.out.printf("| so on %d idle cores | about %.0f sentences/s |%n", threads, many.cpu() * Math.min(threads, cores));
        System.out.printf("| model load (the encoder's first load included) | %.2f s |%n", loadS);
        System.out.printf("| heap held by both models (after GC) | %.1f MB |%n", (after - before) / 1048576.0);
        System.out.printf("| heap used after the runs (after GC) | %.1f MB |%n", usedAfterGc(rt) / 1048576.0);
        System.out.printf("| process resident memory (heap, ONNX Runtime and all; VmRSS / VmHWM) | %s |%n", residentMemory());
        System.out.printf("| features | tagger %d%s, relations %d |%n%n", ex.ner().featureCount(),
                ex.ner().encoder() == null ? "" : " + " + ex.ner().encoder().describe(), ex.relations().featureCount());
    }

    private void ablations(Path dir, ArticleSplit split, long seed) {
        ArticleSplit dev = ArticleSplit.byArticle(split.train(), 0.2, seed + 1);
        System.out.printf("## Ablations on a dev split of the training articles (%d train / %d dev sentences, dev articles %s)%n%n",
                dev.train().size(), dev.test().size(), dev.testArticles());
        System.out.printf("| tagger variant | epochs | dev entity F1 |%n| --- | --- | --- |%n");
        Path lexFile = dir.resolve("drug-lexicon.txt");
        record Variant(String name, CharFeatures.Template t, boolean trainNdr, int epochs) {
        }
        List<Variant> vs = List.of(
                new Variant("full (chars, bigrams, classes, lexicon+train NDR, HanLP words)", CharFeatures.Template.FULL, true, 12),
                new Variant("full, 6 epochs", CharFeatures.Template.FULL, true, 6),
                new Variant("full, 20 epochs", CharFeatures.Template.FULL, true, 20),
                new Variant("no HanLP word features", new CharFeatures.Template(true, true, true, false), true, 12),
                new Variant("lexicon = drug-lexicon.txt only", CharFeatures.Template.FULL, false, 12),
                new Variant("no lexicon", new CharFeatures.Template(true, true, false, true), true, 12),
                new Variant("no character classes", new CharFeatures.Template(true, false, true, true), true, 12),
                new Variant("no bigrams", new CharFeatures.Template(false, true, true, true), true, 12),
                new Variant("characters only", new CharFeatures.Template(false, false, false, false), true, 12));
        for (Variant v : vs) {
            Lexicon lex = ExtractorTraining.lexicon(lexFile, dev.train(), v.trainNdr());
            EntityTagger m = new EntityTagger(ExtractorTraining.trainNer(dev.train(), lex, v.t(), v.epochs(), seed, null),
                    new CharFeatures(lex, v.t()));
            ExtractionScorer s = ExtractorTraining.evaluate(new EntityRelationExtractor(m, null), dev.test());
            System.out.printf("| %s | %d | %.4f |%n", v.name(), v.epochs(), s.entityOverall().f1());
            System.err.println("ablation done: " + v.name());
        }
        System.out.printf("%n| relation variant | dev triplet F1 (gold entities) |%n| --- | --- |%n");
        for (int epochs : new int[]{10, 20, 40}) {
            var cls = ExtractorTraining.trainRelations(dev.train(), epochs, seed, null);
            for (double margin : new double[]{0, 4, 8}) {
                double f1 = ExtractorTraining.evaluateRelationsOnGold(new RelationModel(cls, margin), dev.test())
                        .relationOverall().f1();
                System.out.printf("| %d epochs, NA margin %.0f | %.4f |%n", epochs, margin, f1);
            }
        }
        System.out.println();
    }

    /** Sentences per wall-clock second and per CPU-second of the worker threads. */
    private record Rate(double wall, double cpu) {
    }

    private Rate throughput(EntityRelationExtractor ex, List<String> texts, int nThreads) {
        ExecutorService pool = Executors.newFixedThreadPool(nThreads);
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        java.util.concurrent.atomic.AtomicLong cpuNanos = new java.util.concurrent.atomic.AtomicLong();
        try {
            long t0 = System.nanoTime();
            List<Future<?>> fs = new ArrayList<>();
            for (int r = 0; r < rounds; r++) {
                for (int k = 0; k < nThreads; k++) {
                    final int part = k;
                    fs.add(pool.submit(() -> {
                        long c0 = mx.getCurrentThreadCpuTime();
                        for (int i = part; i < texts.size(); i += nThreads) {
                            ex.extract(texts.get(i));
                        }
                        cpuNanos.addAndGet(mx.getCurrentThreadCpuTime() - c0);
                    }));
                }
            }
            for (Future<?> f : fs) {
                f.get();
            }
            double s = (System.nanoTime() - t0) / 1e9;
            double n = texts.size() * (double) rounds;
            return new Rate(n / s, n / (cpuNanos.get() / 1e9));
        } catch (Exception e) {
            throw new IllegalStateException("throughput run failed: " + e.getMessage(), e);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void table(String title, List<ExtractionScorer.Score> scores) {
        System.out.printf("### %s%n%n| label | gold | predicted | correct | P | R | F1 |%n| --- | --- | --- | --- | --- | --- | --- |%n", title);
        for (ExtractionScorer.Score s : scores) {
            System.out.printf("| %s | %d | %d | %d | %.4f | %.4f | %.4f |%n", s.label(), s.gold(), s.predicted(),
                    s.correct(), s.precision(), s.recall(), s.f1());
        }
        System.out.println();
    }

    /** Current and peak resident set size of this process from /proc, or "n/a" where there is none. */
    private static String residentMemory() {
        try {
            String rss = "?";
            String hwm = "?";
            for (String line : java.nio.file.Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    rss = line.substring(6).strip();
                } else if (line.startsWith("VmHWM:")) {
                    hwm = line.substring(6).strip();
                }
            }
            return rss + " / " + hwm;
        } catch (java.io.IOException | RuntimeException e) {
            return "n/a";
        }
    }

    private static long usedAfterGc(Runtime rt) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
