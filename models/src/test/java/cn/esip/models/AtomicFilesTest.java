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

    @Test
    void aFolderIsBuiltAsideThenSwappedInWhole(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("models/ner");
        Path first = AtomicFiles.stagingFolder(target);
        Files.writeString(first.resolve("old-only.txt"), "1");
        Files.writeString(first.resolve("both.txt"), "old");
        assertThat(Files.exists(target)).isFalse();
        AtomicFiles.replaceFolder(first, target);
        assertThat(entries(target)).containsExactly("both.txt", "old-only.txt");

        Path second = AtomicFiles.stagingFolder(target);
        assertThat(second.getParent()).isEqualTo(target.toAbsolutePath().getParent());
        assertThat(second.getFileName().toString()).startsWith(".");
        Files.writeString(second.resolve("both.txt"), "new");
        AtomicFiles.replaceFolder(second, target);
        assertThat(entries(target)).containsExactly("both.txt");
        assertThat(Files.readString(target.resolve("both.txt"))).isEqualTo("new");
        assertThat(entries(dir.resolve("models"))).containsExactly("ner");
    }

    @Test
    void deleteTreeRemovesNestedFoldersAndIgnoresAMissingPath(@TempDir Path dir) throws IOException {
        Path root = Files.createDirectories(dir.resolve("a/b/c"));
        Files.writeString(root.resolve("f.txt"), "x");
        AtomicFiles.deleteTree(dir.resolve("a"));
        AtomicFiles.deleteTree(dir.resolve("missing"));
        assertThat(entries(dir)).isEmpty();
    }

    private static java.util.List<String> entries(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
