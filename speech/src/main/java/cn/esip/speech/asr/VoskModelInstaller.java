package cn.esip.speech.asr;

import cn.esip.models.AtomicFiles;
import cn.esip.models.Checksums;
import cn.esip.models.ModelDescriptor;
import cn.esip.models.ModelRegistry;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Installs a Vosk model from a local directory or the official zip into {@code <models>/installed/<id>}:
 * copies or extracts into a staging folder next to the target, checks the layout, computes the
 * directory checksum, moves the folder into place atomically and records path and checksum in the
 * catalog descriptor. A failed install leaves nothing behind.
 */
public final class VoskModelInstaller {

    private static final Pattern ID = Pattern.compile("vosk-model-[a-z0-9][a-z0-9.\\-]*");
    /** Largest total uncompressed size accepted from a zip (the large Chinese model is about 2 GB unpacked). */
    public static final long MAX_UNPACKED_BYTES = 8L << 30;

    /** What was installed. */
    public record Result(String id, Path dir, String sha256, long bytes, int files) {
    }

    private final ModelRegistry registry;
    private final Consumer<String> log;

    public VoskModelInstaller(ModelRegistry registry, Consumer<String> log) {
        this.registry = registry;
        this.log = log;
    }

    /**
     * Installs {@code source} (a model directory or a zip holding one).
     *
     * @param id      registry id, or null to take it from the folder name
     * @param replace replace an existing installation of the same id
     */
    public Result install(Path source, String id, boolean replace) {
        if (!Files.exists(source)) {
            throw new IllegalArgumentException("no such file or directory: " + source);
        }
        Path installed = registry.home().resolve("installed");
        Path staging = installed.resolve(".staging-" + UUID.randomUUID());
        try {
            Files.createDirectories(staging);
            Path root;
            if (Files.isDirectory(source)) {
                log.accept("copying " + source + " …");
                root = staging.resolve(source.toAbsolutePath().normalize().getFileName().toString());
                copyTree(source, root);
            } else {
                log.accept("extracting " + source + " …");
                unzip(source, staging);
                root = modelRoot(staging);
            }
            List<String> problems = VoskModelLayout.problems(root);
            if (!problems.isEmpty()) {
                throw new IllegalArgumentException(source + " is not a Vosk model: " + String.join("; ", problems));
            }
            String modelId = id != null && !id.isBlank() ? id : root.getFileName().toString();
            if (!ID.matcher(modelId).matches()) {
                throw new IllegalArgumentException("model id '" + modelId + "' is not a Vosk model id (vosk-model-…); name it with --id");
            }
            log.accept("computing the checksum …");
            String sha = Checksums.sha256(root);
            long[] stats = stats(root);
            Path target = installed.resolve(modelId);
            if (Files.exists(target) && !replace) {
                throw new IllegalArgumentException(modelId + " is already installed in " + target + " (use --replace)");
            }
            AtomicFiles.replaceFolder(root, target);
            registry.save(descriptor(modelId, sha, stats));
            log.accept("installed " + modelId + " in " + target + " (sha256 " + sha + ")");
            return new Result(modelId, target, sha, stats[0], (int) stats[1]);
        } catch (IOException e) {
            throw new UncheckedIOException("install failed: " + e.getMessage(), e);
        } finally {
            AtomicFiles.deleteTree(staging);
        }
    }

    private ModelDescriptor descriptor(String id, String sha, long[] stats) {
        ModelDescriptor known = registry.find(id).orElse(null);
        String notes = known != null && known.notes() != null ? known.notes()
                : "Vosk model installed by ./esip models install vosk; models from " + SpeechModels.MODELS_PAGE;
        Map<String, Object> metrics = known != null ? known.metrics() : Map.of();
        String version = known != null ? known.version() : id.replaceAll(".*-(\\d+\\.\\d+)$", "$1");
        return new ModelDescriptor(id, "asr", "Vosk", SpeechModels.MODELS_PAGE + " (installed from a local copy)", version,
                "installed/" + id, sha, false, Map.of("installedBytes", stats[0], "installedFiles", stats[1]), metrics, notes);
    }

    /** The model folder inside an extracted zip: the staging folder itself or its single top-level folder. */
    private static Path modelRoot(Path staging) throws IOException {
        if (Files.isDirectory(staging.resolve("am"))) {
            // give the model a folder of its own so that the id cannot be the staging name
            Path inner = Files.createDirectories(staging.resolve("model"));
            try (Stream<Path> s = Files.list(staging)) {
                for (Path p : s.filter(p -> !p.equals(inner)).toList()) {
                    Files.move(p, inner.resolve(p.getFileName()));
                }
            }
            return inner;
        }
        try (Stream<Path> s = Files.list(staging)) {
            List<Path> dirs = s.filter(Files::isDirectory).toList();
            if (dirs.size() == 1) {
                return dirs.get(0);
            }
        }
        throw new IllegalArgumentException("the zip holds no single model folder (expected e.g. vosk-model-small-cn-0.22/am/final.mdl)");
    }

    private static void unzip(Path zip, Path into) throws IOException {
        long total = 0;
        try (ZipFile zf = new ZipFile(zip.toFile())) {
            for (ZipEntry e : java.util.Collections.list(zf.entries())) {
                Path out = into.resolve(e.getName()).normalize();
                if (!out.startsWith(into)) {
                    throw new IllegalArgumentException("zip entry escapes the target folder: " + e.getName());
                }
                if (e.isDirectory()) {
                    Files.createDirectories(out);
                    continue;
                }
                Files.createDirectories(out.getParent());
                try (InputStream in = zf.getInputStream(e)) {
                    total += Files.copy(in, out);
                }
                if (total > MAX_UNPACKED_BYTES) {
                    throw new IllegalArgumentException("the zip unpacks to more than " + (MAX_UNPACKED_BYTES >> 30) + " GB");
                }
            }
        } catch (java.util.zip.ZipException e) {
            throw new IllegalArgumentException(zip + " is neither a model directory nor a readable zip: " + e.getMessage());
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path out = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(out);
                } else if (Files.isRegularFile(p)) {
                    Files.copy(p, out);
                }
            }
        } catch (FileAlreadyExistsException e) {
            throw new IOException("duplicate file while copying: " + e.getFile(), e);
        }
    }

    private static long[] stats(Path dir) throws IOException {
        long bytes = 0;
        long files = 0;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                bytes += Files.size(p);
                files++;
            }
        }
        return new long[]{bytes, files};
    }
}
