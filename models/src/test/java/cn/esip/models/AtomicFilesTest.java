package cn.esip.models;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class AtomicFilesTest {

    @Test
    void writesANewFileAndItsParentFolders(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("a/b/out.txt");
        AtomicFiles.writeString(f, "第一行\n");
        assertThat(Files.readString(f)).isEqualTo("第一行\n");
        assertThat(entries(dir.resolve("a/b"))).containsExactly("out.txt");
    }

    @Test
    void replacesAnExistingFile(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("out.bin");
        AtomicFiles.write(f, new byte[]{1, 2, 3});
        AtomicFiles.write(f, new byte[]{4});
        assertThat(Files.readAllBytes(f)).containsExactly(4);
        assertThat(entries(dir)).containsExactly("out.bin");
    }

    @Test
    void aFailedWriteLeavesTheOldFileAndNoTemporaryFile(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("out.txt");
        AtomicFiles.writeString(f, "old");
        assertThatThrownBy(() -> AtomicFiles.write(f, out -> {
            out.write("half of the new".getBytes());
            throw new IllegalStateException("bad input on line 2");
        })).isInstanceOf(IllegalStateException.class).hasMessage("bad input on line 2");
        assertThatThrownBy(() -> AtomicFiles.write(dir.resolve("never.txt"), out -> {
            throw new IOException("disk full");
        })).isInstanceOf(IOException.class);
        assertThat(Files.readString(f)).isEqualTo("old");
        assertThat(entries(dir)).containsExactly("out.txt");
    }

    @Test
    void theNewFileHasTheUsualPermissionsNotOwnerOnly(@TempDir Path dir) throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path plain = Files.createFile(dir.resolve("plain.txt"));
        Path atomic = dir.resolve("atomic.txt");
        AtomicFiles.writeString(atomic, "x");
        assertThat(Files.getPosixFilePermissions(atomic)).isEqualTo(Files.getPosixFilePermissions(plain));
    }

    private static java.util.List<String> entries(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
