package cn.esip.models;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ModelRegistryTest {

    @Test
    void reportsInstalledMissingAndTamperedArtifacts(@TempDir Path home) throws Exception {
        Path dir = Files.createDirectories(home.resolve("artifacts/toy"));
        Files.writeString(dir.resolve("weights.txt"), "w=1");
        ModelRegistry reg = ModelRegistry.open(home);
        reg.save(new ModelDescriptor("toy", "ner", "test", "trained here", "1", "artifacts/toy",
                Checksums.sha256(dir), true, Map.of("seed", 7), Map.of("f1", 0.5), null));
        reg.save(new ModelDescriptor("absent", "asr", "Vosk", "operator", "0.22", "installed/absent",
                null, false, null, null, "obtain it from the vendor"));

        ModelRegistry reopened = ModelRegistry.open(home);
        assertThat(reopened.list()).extracting(ModelDescriptor::id).containsExactly("absent", "toy");
        assertThat(reopened.status("toy").state()).isEqualTo(ModelStatus.State.INSTALLED);
        assertThat(reopened.status("absent").state()).isEqualTo(ModelStatus.State.MISSING);
        assertThat(reopened.status("absent").detail()).contains("obtain it from the vendor");
        assertThatThrownBy(() -> reopened.require("absent")).hasMessageContaining("not usable");

        Files.writeString(dir.resolve("weights.txt"), "w=2");
        assertThat(ModelRegistry.open(home).status("toy").state()).isEqualTo(ModelStatus.State.CHECKSUM_MISMATCH);
    }

    @Test
    void classPathArtifactsAreFoundAndTheirChecksumsChecked(@TempDir Path home) throws Exception {
        String name = "cn/esip/models/classpath-model.txt";
        String sha;
        try (var in = ModelRegistryTest.class.getClassLoader().getResourceAsStream(name)) {
            sha = Checksums.sha256(in);
        }
        ModelRegistry reg = ModelRegistry.open(home);
        reg.save(new ModelDescriptor("cp", "encoder", "test", "Maven artifact", "1", "classpath:/" + name, sha, true,
                null, null, null));
        reg.save(new ModelDescriptor("cp-bad", "encoder", "test", "Maven artifact", "1", "classpath:/" + name,
                "0".repeat(64), true, null, null, null));
        reg.save(new ModelDescriptor("cp-absent", "encoder", "test", "Maven artifact", "1", "classpath:/no/such.onnx",
                null, true, null, null, "add the dependency"));
        assertThat(reg.status("cp").state()).isEqualTo(ModelStatus.State.INSTALLED);
        assertThat(reg.status("cp-bad").state()).isEqualTo(ModelStatus.State.CHECKSUM_MISMATCH);
        assertThat(reg.status("cp-absent").state()).isEqualTo(ModelStatus.State.MISSING);
        assertThat(reg.status("cp-absent").detail()).contains("not on the class path", "add the dependency");
    }

    @Test
    void directoryChecksumDependsOnNamesAndBytes(@TempDir Path a, @TempDir Path b) throws Exception {
        Files.writeString(a.resolve("x"), "1");
        Files.writeString(b.resolve("y"), "1");
        assertThat(Checksums.sha256(a)).isNotEqualTo(Checksums.sha256(b)).hasSize(64);
    }
}
