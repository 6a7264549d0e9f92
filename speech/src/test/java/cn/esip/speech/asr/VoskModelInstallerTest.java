package cn.esip.speech.asr;

import cn.esip.models.Checksums;
import cn.esip.models.ModelRegistry;
import cn.esip.models.ModelStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Installation: layout check, staging and atomic move, checksum recorded and verified. The model
 * files here only have the Vosk layout (this test is about installation; loading is VoskNativeTest's).
 */
class VoskModelInstallerTest {

    static final String[] SMALL_LAYOUT = {"am/final.mdl", "conf/model.conf", "conf/mfcc.conf", "graph/HCLr.fst",
            "graph/Gr.fst", "graph/disambig_tid.int", "graph/phones/word_boundary.int", "ivector/final.ie",
            "ivector/final.dubm", "ivector/final.mat", "README"};

    static Path layout(Path dir, String... files) throws IOException {
        for (String f : files) {
            Path p = dir.resolve(f);
            Files.createDirectories(p.getParent());
            Files.writeString(p, "content of " + f);
        }
        return dir;
    }

    static Path zip(Path zip, Path dir, String prefix) throws IOException {
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out);
             Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                z.putNextEntry(new ZipEntry(prefix + dir.relativize(p).toString().replace('\\', '/')));
                z.write(Files.readAllBytes(p));
                z.closeEntry();
            }
        }
        return zip;
    }

    static ModelRegistry registry(Path home) throws IOException {
        Files.createDirectories(home.resolve("catalog"));
        Files.copy(Path.of("../models/catalog/vosk-model-small-cn-0.22.json"),
                home.resolve("catalog/vosk-model-small-cn-0.22.json"));
        return ModelRegistry.open(home);
    }

    @Test
    void installsFromADirectoryAndRecordsTheChecksum(@TempDir Path tmp) throws IOException {
        Path src = layout(tmp.resolve("vosk-model-small-cn-0.22"), SMALL_LAYOUT);
        ModelRegistry reg = registry(tmp.resolve("home"));
        assertThat(reg.status(SpeechModels.DEFAULT_ID).state()).isEqualTo(ModelStatus.State.MISSING);
        List<String> log = new ArrayList<>();
        VoskModelInstaller.Result r = new VoskModelInstaller(reg, log::add).install(src, null, false);

        Path target = tmp.resolve("home/installed/vosk-model-small-cn-0.22");
        assertThat(r.dir()).isEqualTo(target);
        assertThat(r.sha256()).isEqualTo(Checksums.sha256(src)).isEqualTo(Checksums.sha256(target));
        assertThat(r.files()).isEqualTo(SMALL_LAYOUT.length);
        ModelRegistry reopened = ModelRegistry.open(tmp.resolve("home"));
        assertThat(reopened.get(SpeechModels.DEFAULT_ID).sha256()).isEqualTo(r.sha256());
        assertThat(reopened.status(SpeechModels.DEFAULT_ID).state()).isEqualTo(ModelStatus.State.INSTALLED);
        assertThat(new SpeechModels(reopened, null, null).choose().dir()).isEqualTo(target);
        assertThat(stagingLeft(tmp.resolve("home/installed"))).isEmpty();
        assertThat(log).anyMatch(l -> l.startsWith("installed vosk-model-small-cn-0.22"));

        // a changed file after installation is caught at load
        Files.writeString(target.resolve("am/final.mdl"), "tampered");
        ModelRegistry again = ModelRegistry.open(tmp.resolve("home"));
        assertThat(again.status(SpeechModels.DEFAULT_ID).state()).isEqualTo(ModelStatus.State.CHECKSUM_MISMATCH);
        assertThat(new SpeechModels(again, null, null).unavailableReason()).contains("damaged");

        // installing over it needs --replace
        assertThatThrownBy(() -> new VoskModelInstaller(again, l -> { }).install(src, null, false))
                .hasMessageContaining("already installed");
        new VoskModelInstaller(again, l -> { }).install(src, null, true);
        assertThat(ModelRegistry.open(tmp.resolve("home")).status(SpeechModels.DEFAULT_ID).usable()).isTrue();
        assertThat(Files.list(tmp.resolve("home/installed")).toList()).hasSize(1);
    }

    @Test
    void installsFromTheOfficialZipLayout(@TempDir Path tmp) throws IOException {
        Path src = layout(tmp.resolve("m"), "am/final.mdl", "conf/model.conf", "conf/mfcc.conf", "graph/HCLG.fst",
                "graph/words.txt", "rescore/G.carpa");
        Path zip = zip(tmp.resolve("vosk-model-cn-0.22.zip"), src, "vosk-model-cn-0.22/");
        ModelRegistry reg = registry(tmp.resolve("home"));
        VoskModelInstaller.Result r = new VoskModelInstaller(reg, l -> { }).install(zip, null, false);
        assertThat(r.id()).isEqualTo("vosk-model-cn-0.22");
        assertThat(r.dir().resolve("graph/HCLG.fst")).exists();
        assertThat(ModelRegistry.open(tmp.resolve("home")).status("vosk-model-cn-0.22").usable()).isTrue();
    }

    @Test
    void rejectsIncompleteModelsAndLeavesNothingBehind(@TempDir Path tmp) throws IOException {
        Path src = layout(tmp.resolve("vosk-model-small-cn-0.22"), "am/final.mdl", "conf/model.conf");
        ModelRegistry reg = registry(tmp.resolve("home"));
        VoskModelInstaller installer = new VoskModelInstaller(reg, l -> { });
        assertThatThrownBy(() -> installer.install(src, null, false)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a Vosk model").hasMessageContaining("conf/mfcc.conf")
                .hasMessageContaining("decoding graph");
        assertThatThrownBy(() -> installer.install(zip(tmp.resolve("a.zip"), src, "x/"), null, false))
                .hasMessageContaining("not a Vosk model");
        Path notZip = Files.writeString(tmp.resolve("model.zip"), "not a zip");
        assertThatThrownBy(() -> installer.install(notZip, null, false)).hasMessageContaining("readable zip");
        assertThatThrownBy(() -> installer.install(tmp.resolve("absent"), null, false)).hasMessageContaining("no such file");
        Path full = layout(tmp.resolve("weird name"), SMALL_LAYOUT);
        assertThatThrownBy(() -> installer.install(full, null, false)).hasMessageContaining("--id");
        assertThat(stagingLeft(tmp.resolve("home/installed"))).isEmpty();
        assertThat(Files.exists(tmp.resolve("home/installed/vosk-model-small-cn-0.22"))).isFalse();
        assertThat(ModelRegistry.open(tmp.resolve("home")).get(SpeechModels.DEFAULT_ID).sha256()).isNull();
    }

    @Test
    void rejectsZipEntriesThatEscapeTheTarget(@TempDir Path tmp) throws IOException {
        Path zip = tmp.resolve("evil.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            z.putNextEntry(new ZipEntry("../../escaped.txt"));
            z.write("x".getBytes());
            z.closeEntry();
        }
        ModelRegistry reg = registry(tmp.resolve("home"));
        assertThatThrownBy(() -> new VoskModelInstaller(reg, l -> { }).install(zip, null, false))
                .hasMessageContaining("escapes");
        assertThat(tmp.resolve("escaped.txt")).doesNotExist();
        assertThat(stagingLeft(tmp.resolve("home/installed"))).isEmpty();
    }

    static List<Path> stagingLeft(Path installed) throws IOException {
        if (!Files.isDirectory(installed)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(installed)) {
            return s.filter(p -> p.getFileName().toString().startsWith(".")).toList();
        }
    }
}
