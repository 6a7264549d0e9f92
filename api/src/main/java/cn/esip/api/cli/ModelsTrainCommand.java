package cn.esip.api.cli;

import cn.esip.models.ModelDescriptor;
import cn.esip.models.ModelRegistry;
import cn.esip.nlp.ie.ExtractorModels;
import cn.esip.nlp.ie.ExtractorTraining;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;

/** {@code esip models train <id>}: trains a model that is trained here, writes its artifact and descriptor. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train a model (ner-cail, ner-cail-bge, ner-cail-ft, re-cail) reproducibly, evaluate it on its held-out split, "
                + "write models/artifacts/<id>/ and models/catalog/<id>.json.")
public final class ModelsTrainCommand implements Runnable {

    @Parameters(index = "0", paramLabel = "ID", description = "Model id: ner-cail, ner-cail-bge, ner-cail-ft or re-cail.")
    String id;

    @Option(names = "--data", paramLabel = "DIR",
            description = "CAIL2022 directory with train.jsonl and drug-lexicon.txt (default: ../shared/datasets/cail2022-ie).")
    Path data;

    @Option(names = "--seed", description = "Seed of the split and of training (default: ${DEFAULT-VALUE}).",
            defaultValue = "20221")
    long seed;

    @Option(names = "--epochs", description = "Training epochs (default: 12 for the taggers, 10 for re-cail; chosen by cross-validation over the training articles).")
    Integer epochs;

    @Option(names = "--crf-epochs", defaultValue = "0", description = "ner-cail-bge only: train it as a CRF "
            + "(AdaGrad, rate 0.05) for this many epochs instead of the averaged perceptron (default: 0 = perceptron; "
            + "10 was best in cross-validation, see BENCHMARKS.md).")
    int crfEpochs;

    @Option(names = "--encoder-layers", description = "ner-cail-bge only: run bge-small-zh-v1.5 up to this layer "
            + "(1..4; default 2, chosen by cross-validation: as accurate as all 4 within noise, at half the time).")
    Integer encoderLayers;

    @Option(names = "--fine-tuned", paramLabel = "DIR", description = "ner-cail-ft only (and required): the output "
            + "folder of models/training/finetune_ner_cail.py (layers.onnx, crf.json, training.json) for the same split.")
    Path fineTuned;

    @Override
    public void run() {
        boolean ner = ExtractorModels.TAGGERS.contains(id);
        if (!ner && !id.equals(ExtractorTraining.RE_ID)) {
            throw new EsipMain.UsageError("no trainable model '" + id + "' (trainable: " + ExtractorTraining.NER_ID + ", "
                    + ExtractorTraining.NER_BGE_ID + ", " + ExtractorTraining.NER_FT_ID + ", " + ExtractorTraining.RE_ID + ")");
        }
        if (id.equals(ExtractorTraining.NER_FT_ID) != (fineTuned != null)) {
            throw new EsipMain.UsageError(fineTuned == null ? "ner-cail-ft needs --fine-tuned DIR: the output folder of "
                    + "python3 models/training/finetune_ner_cail.py (PyTorch; a GPU makes it quick), see models/README.md"
                    : "--fine-tuned applies to ner-cail-ft only");
        }
        if (crfEpochs < 0 || crfEpochs > 200 || (crfEpochs > 0 && !id.equals(ExtractorTraining.NER_BGE_ID))) {
            throw new EsipMain.UsageError("--crf-epochs must be 0..200 and applies to ner-cail-bge only");
        }
        if (encoderLayers != null && (encoderLayers < 1 || encoderLayers > 4 || !id.equals(ExtractorTraining.NER_BGE_ID))) {
            throw new EsipMain.UsageError("--encoder-layers must be 1..4 and applies to ner-cail-bge only");
        }
        if (epochs != null && (epochs < 1 || epochs > 200)) {
            throw new EsipMain.UsageError("--epochs must be between 1 and 200");
        }
        Path dir = CailDataLocation.resolve(data);
        ExtractorTraining.Params d = ExtractorTraining.Params.DEFAULT;
        ExtractorTraining.Params p = new ExtractorTraining.Params(d.testShare(), seed,
                epochs != null && ner ? epochs : d.nerEpochs(),
                epochs != null && id.equals(ExtractorTraining.RE_ID) ? epochs : d.reEpochs(),
                d.trainNdrInLexicon(), d.template(), d.encoderWindow(), d.encoderAlpha(), d.relationAlpha(),
                crfEpochs, d.crfRate(), encoderLayers != null ? encoderLayers : d.encoderLayers());
        ModelRegistry reg = ModelRegistry.locate();
        ModelDescriptor desc;
        try {
            desc = ExtractorTraining.train(id, dir, reg, p, fineTuned, msg -> System.err.println("train " + id + ": " + msg));
        } catch (IllegalArgumentException e) {
            throw new EsipMain.UsageError(e.getMessage());
        }
        System.out.println("trained " + desc.id() + " -> " + reg.artifactPath(desc) + " (sha256 " + desc.sha256() + ")");
        System.out.println("metrics on the held-out split: "
                + (ner ? "entity F1 " + desc.metrics().get("entityF1")
                : "triplet F1 " + desc.metrics().get("tripletF1") + " (gold entities: "
                + desc.metrics().get("tripletF1GoldEntities") + ")"));
    }
}
