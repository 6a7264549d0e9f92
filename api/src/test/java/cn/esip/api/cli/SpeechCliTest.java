package cn.esip.api.cli;

import cn.esip.models.ModelRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code esip speak}, {@code esip transcribe} and {@code esip models install vosk}: exit codes and one-line errors. */
class SpeechCliTest {

    @TempDir
    Path tmp;
    String previousHome;
    StringWriter err;

    @BeforeEach
    void emptyModelsHome() throws IOException {
        Path catalog = Files.createDirectories(tmp.resolve("models/catalog"));
        Files.copy(Path.of("../models/catalog/vosk-model-small-cn-0.22.json"), catalog.resolve("vosk-model-small-cn-0.22.json"));
        previousHome = System.getProperty(ModelRegistry.HOME_PROPERTY);
        System.setProperty(ModelRegistry.HOME_PROPERTY, tmp.resolve("models").toString());
    }

    @AfterEach
    void restore() {
        if (previousHome == null) {
            System.clearProperty(ModelRegistry.HOME_PROPERTY);
        } else {
            System.setProperty(ModelRegistry.HOME_PROPERTY, previousHome);
        }
    }

    int run(String... args) {
        CommandLine cl = EsipMain.commandLine();
        err = new StringWriter();
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void speakWritesAWavAndRefusesBadOptions() throws IOException {
        Path out = tmp.resolve("out/speech.wav");
        assertThat(run("speak", "执法人员依法进行现场检查。", "-o", out.toString(), "--rate", "160")).isZero();
        byte[] wav = Files.readAllBytes(out);
        assertThat(new String(wav, 0, 4)).isEqualTo("RIFF");
        assertThat(wav.length).isGreaterThan(44 + 22050);
        assertThat(run("speak", "你好", "-o", tmp.resolve("x.wav").toString(), "--voice", "nope")).isEqualTo(2);
        assertThat(err.toString().strip()).startsWith("esip speak: espeak-ng has no voice 'nope'").doesNotContain("\n");
        assertThat(tmp.resolve("x.wav")).doesNotExist();
    }

    @Test
    void transcribeSaysPlainlyWhenNoModelIsInstalled() throws IOException {
        Assumptions.assumeTrue(System.getenv("ESIP_VOSK_MODEL") == null && System.getenv("ESIP_VOSK_MODEL_ID") == null,
                "skipped: a Vosk model is configured through the environment");
        Path wav = tmp.resolve("s.wav");
        assertThat(run("speak", "请你签字。", "-o", wav.toString())).isZero();
        assertThat(run("transcribe", wav.toString())).isEqualTo(1);
        assertThat(err.toString().strip()).startsWith("esip transcribe: no speech model installed")
                .contains("./esip models install vosk").doesNotContain("\n");
        Path text = Files.writeString(tmp.resolve("notes.mp3"), "not audio");
        assertThat(run("transcribe", text.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("not a supported audio format");
        assertThat(run("transcribe", tmp.resolve("absent.wav").toString())).isEqualTo(2);
    }

    @Test
    void installRefusesAnIncompleteModel() throws IOException {
        Path model = Files.createDirectories(tmp.resolve("vosk-model-small-cn-0.22/am"));
        Files.writeString(model.resolve("final.mdl"), "x");
        assertThat(run("models", "install", "vosk", model.getParent().toString())).isEqualTo(2);
        assertThat(err.toString()).contains("is not a Vosk model").contains("conf/model.conf");
        assertThat(tmp.resolve("models/installed/vosk-model-small-cn-0.22")).doesNotExist();
    }
}
