package cn.esip.api.cli;

import cn.esip.models.ModelRegistry;
import cn.esip.speech.asr.SpeechModels;
import cn.esip.speech.asr.VoskModelInstaller;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;

/** {@code esip models install KIND SOURCE}: installs an operator-supplied model from local files (no download). */
@Command(name = "install", mixinStandardHelpOptions = true,
        description = "Install a model from a local directory or archive (nothing is downloaded).",
        subcommands = {ModelsInstallCommand.Vosk.class})
public final class ModelsInstallCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name the kind of model: "
                + String.join(", ", spec.subcommands().keySet()));
    }

    /** {@code esip models install vosk DIR|ZIP}. */
    @Command(name = "vosk", mixinStandardHelpOptions = true,
            description = {"Install a Vosk speech model (e.g. vosk-model-small-cn-0.22) from its unpacked directory or the official zip.",
                    "Obtain the models on a connected machine from " + SpeechModels.MODELS_PAGE + "."})
    static final class Vosk implements Runnable {

        @Parameters(paramLabel = "DIR|ZIP", description = "Model directory or zip archive.")
        Path source;

        @Option(names = "--id", description = "Registry id (default: the model folder's name, e.g. vosk-model-small-cn-0.22).")
        String id;

        @Option(names = "--replace", description = "Replace an installed model with the same id.")
        boolean replace;

        @Override
        public void run() {
            ModelRegistry registry = ModelRegistry.locate();
            try {
                VoskModelInstaller.Result r = new VoskModelInstaller(registry, msg -> System.err.println("install: " + msg))
                        .install(source, id, replace);
                System.out.printf("%s installed: %s (%d files, %.1f MB, sha256 %s)%n", r.id(), r.dir(), r.files(),
                        r.bytes() / 1e6, r.sha256());
            } catch (IllegalArgumentException e) {
                throw new EsipMain.UsageError(e.getMessage());
            }
        }
    }
}
