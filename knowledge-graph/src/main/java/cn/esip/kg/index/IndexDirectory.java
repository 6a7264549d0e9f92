package cn.esip.kg.index;

import cn.esip.models.AtomicFiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Where the law index lives ({@code <data>/index}) and how a new one replaces it: it is built in a
 * sibling temporary directory and moved into place only when complete, so a failed import leaves the
 * previous index untouched.
 */
public final class IndexDirectory {

    private final Path dataDir;

    public IndexDirectory(Path dataDir) {
        this.dataDir = dataDir.toAbsolutePath().normalize();
    }

    /** The live index directory. */
    public Path path() {
        return dataDir.resolve("index");
    }

    /** True when a complete index is in place. */
    public boolean exists() {
        recover();
        return Files.isRegularFile(path().resolve(IndexManifest.FILE));
    }

    /** A fresh empty directory to build a new index in; builds left by a killed import are deleted first. */
    public Path newBuildDir() {
        try {
            Files.createDirectories(dataDir);
            try (java.nio.file.DirectoryStream<Path> stale = Files.newDirectoryStream(dataDir, "index.building-*")) {
                for (Path p : stale) {
                    try (java.util.stream.Stream<Path> walk = Files.walk(p)) {
                        walk.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
                    }
                }
            }
            return Files.createTempDirectory(dataDir, "index.building-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a build directory under " + dataDir, e);
        }
    }

    /** Puts the complete index in {@code built} in place of the live one and deletes the old one. */
    public void swapIn(Path built) {
        Path live = path();
        Path old = dataDir.resolve("index.old-" + System.nanoTime());
        try {
            if (Files.exists(live)) {
                AtomicFiles.move(live, old);
            }
            AtomicFiles.move(built, live);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move the new index into " + live, e);
        }
        AtomicFiles.deleteTree(old);
    }

    /** Deletes a build directory that will not be used. */
    public void discard(Path built) {
        AtomicFiles.deleteTree(built);
    }

    /** After a crash between the two moves of a swap, puts the previous index back. */
    private void recover() {
        if (Files.exists(path())) {
            return;
        }
        try (Stream<Path> s = Files.list(dataDir)) {
            s.filter(p -> p.getFileName().toString().startsWith("index.old-"))
                    .filter(p -> Files.isRegularFile(p.resolve(IndexManifest.FILE)))
                    .max(Comparator.comparing(p -> p.getFileName().toString()))
                    .ifPresent(p -> {
                        try {
                            AtomicFiles.move(p, path());
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
        } catch (IOException | UncheckedIOException e) {
            // nothing to recover
        }
    }
}
