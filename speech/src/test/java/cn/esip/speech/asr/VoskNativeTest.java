package cn.esip.speech.asr;

import cn.esip.models.ModelRegistry;
import cn.esip.speech.SpeechUnavailableException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The real Vosk native library (from the vosk jar) and the errors for missing or empty models. */
class VoskNativeTest {

    @Test
    void nativeLibraryLoadsAndAnEmptyModelDirIsAnIOExceptionNotACrash(@TempDir Path empty) {
        VoskSpeechRecognizer.loadNative();
        assertThatThrownBy(() -> VoskSpeechRecognizer.openRaw(empty)).isInstanceOf(IOException.class)
                .hasMessageContaining("Failed to create a model");
        assertThatThrownBy(() -> VoskSpeechRecognizer.openRaw(empty.resolve("absent"))).isInstanceOf(IOException.class);
        // the JVM is still here and the library still answers
        assertThatThrownBy(() -> VoskSpeechRecognizer.openRaw(empty)).isInstanceOf(IOException.class);
    }

    @Test
    void loadingAnEmptyOrMissingDirSaysWhatIsMissing(@TempDir Path empty) {
        assertThatThrownBy(() -> VoskSpeechRecognizer.load("vosk-model-small-cn-0.22", empty))
                .isInstanceOf(SpeechUnavailableException.class)
                .hasMessageContaining("not a usable Vosk model")
                .hasMessageContaining("am/final.mdl")
                .hasMessageContaining("graph/HCLG.fst");
        assertThatThrownBy(() -> VoskSpeechRecognizer.load("x", empty.resolve("nope")))
                .isInstanceOf(SpeechUnavailableException.class).hasMessageContaining("is not a directory");
    }

    @Test
    void withoutAnInstalledModelTheLocatorSaysSoAndHowToInstall(@TempDir Path home) throws IOException {
        Path catalog = Files.createDirectories(home.resolve("catalog"));
        for (String id : new String[]{SpeechModels.DEFAULT_ID, SpeechModels.LARGE_ID}) {
            Files.copy(Paths.get("../models/catalog/" + id + ".json"), catalog.resolve(id + ".json"));
        }
        SpeechModels models = new SpeechModels(ModelRegistry.open(home), null, null);
        assertThatThrownBy(models::choose).isInstanceOf(SpeechUnavailableException.class)
                .hasMessageContaining("no speech model installed")
                .hasMessageContaining("vosk-model-small-cn-0.22 not installed")
                .hasMessageContaining("https://alphacephei.com/vosk/models")
                .hasMessageContaining("./esip models install vosk");
        assertThat(models.unavailableReason()).startsWith("no speech model installed");

        assertThat(new SpeechModels(ModelRegistry.open(home), home.resolve("nope").toString(), null).unavailableReason())
                .contains("ESIP_VOSK_MODEL").contains("does not exist");
        assertThat(new SpeechModels(ModelRegistry.open(home), null, "vosk-model-xx").unavailableReason())
                .contains("not registered");
    }
}
