package cn.esip.models;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * Writes a file or a folder all or nothing. A file's content goes to a hidden temporary file next to it, which is
 * renamed over the target once complete: a reader sees the old file or the new one, never half of one, and a failed
 * write leaves the old file (or none) and no temporary file. The new file gets the permissions of any newly created
 * file (the process umask), not the owner-only ones of {@link Files#createTempFile}. A folder is built in a hidden
 * staging folder next to it ({@link #stagingFolder}) and swapped in when complete ({@link #replaceFolder}).
 */
public final class AtomicFiles {

    /** Produces a file's content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /** Writes {@code content} to {@code target}, creating its parent folders. */
    public static void write(Path target, Content content) throws IOException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        Path tmp = hiddenSibling(abs, "part");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), 1 << 16)) {
                content.writeTo(out);
            }
            move(tmp, abs);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Writes {@code bytes} to {@code target}, creating its parent folders. */
    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes));
    }

    /** Writes {@code text} as UTF-8 to {@code target}, creating its parent folders. */
    public static void writeString(Path target, String text) throws IOException {
        write(target, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Creates an empty hidden folder next to {@code target} in which to build its new content. */
    public static Path stagingFolder(Path target) throws IOException {
        Path abs = target.toAbsolutePath();
        Files.createDirectories(abs.getParent());
        return Files.createDirectory(hiddenSibling(abs, "staging"));
    }

    /**
     * Puts the complete folder {@code staging} (a sibling of {@code target}, see {@link #stagingFolder}) in the place
     * of {@code target}, and deletes what was there. Each step is one rename, so {@code target} is missing only between
     * two renames and never holds a mixture of old and new files. Once the new folder is in place, failing to delete
     * the old one is not an error (see {@link #deleteTree}).
     */
    public static void replaceFolder(Path staging, Path target) throws IOException {
        Path abs = target.toAbsolutePath();
        Path old = null;
        if (Files.exists(abs)) {
            old = hiddenSibling(abs, "old");
            move(abs, old);
        }
        try {
            move(staging, abs);
        } catch (IOException | RuntimeException e) {
            if (old != null) {
                move(old, abs);
            }
            throw e;
        }
        if (old != null) {
            deleteTree(old);
        }
    }

    /**
     * Deletes a file or a folder with everything in it, as far as it can: what cannot be deleted stays, and nothing
     * is thrown (it serves clean-ups whose failure must not undo or hide the work before them). Nothing happens when
     * {@code path} is null or does not exist.
     */
    public static void deleteTree(Path path) {
        if (path == null || !Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> s = Files.walk(path)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // best effort: the rest is still deleted
                }
            }
        } catch (IOException | java.io.UncheckedIOException ignored) {
            // best effort: the folder could not be listed
        }
    }

    private static Path hiddenSibling(Path abs, String kind) {
        return abs.resolveSibling("." + abs.getFileName() + "."
                + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong()) + "." + kind);
    }

    /**
     * Renames {@code from} to {@code to} in one step where the file system can (replacing a file that is there), and
     * by a plain move where it cannot.
     */
    public static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (java.nio.file.AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
