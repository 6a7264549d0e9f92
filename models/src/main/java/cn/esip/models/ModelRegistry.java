package cn.esip.models;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The models home: descriptors in {@code catalog/*.json} (committed), artifacts under the home
 * (committed small trained models in {@code artifacts/}, operator-installed ones in {@code installed/}).
 */
public final class ModelRegistry {

    /** System property naming the models home. */
    public static final String HOME_PROPERTY = "esip.models";

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private final Path home;
    private final Map<String, ModelDescriptor> descriptors = new TreeMap<>();
    private final Map<String, ModelStatus> statusCache = new java.util.concurrent.ConcurrentHashMap<>();

    private ModelRegistry(Path home) {
        this.home = home;
        Path catalog = home.resolve("catalog");
        if (Files.isDirectory(catalog)) {
            try (Stream<Path> s = Files.list(catalog)) {
                for (Path p : s.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                    ModelDescriptor d = JSON.readValue(p.toFile(), ModelDescriptor.class);
                    descriptors.put(d.id(), d);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read model catalog " + catalog + ": " + e.getMessage(), e);
            }
        }
    }

    /** The registry at {@code home} (a directory with {@code catalog/}). */
    public static ModelRegistry open(Path home) {
        return new ModelRegistry(home.toAbsolutePath().normalize());
    }

    /**
     * The registry of this installation: {@code -Desip.models}, else {@code $ESIP_MODELS}, else
     * {@code <esip.home>/models}, else the nearest {@code models/catalog} above the working directory.
     */
    public static ModelRegistry locate() {
        return open(locateHome());
    }

    /** The models home that {@link #locate()} uses. */
    public static Path locateHome() {
        String prop = System.getProperty(HOME_PROPERTY);
        if (prop != null && !prop.isBlank()) {
            return Paths.get(prop);
        }
        String env = System.getenv("ESIP_MODELS");
        if (env != null && !env.isBlank()) {
            return Paths.get(env);
        }
        String esipHome = System.getProperty("esip.home");
        if (esipHome != null && !esipHome.isBlank()) {
            return Paths.get(esipHome, "models");
        }
        Path dir = Paths.get("").toAbsolutePath();
        while (dir != null) {
            if (Files.isDirectory(dir.resolve("models").resolve("catalog"))) {
                return dir.resolve("models");
            }
            if (dir.getFileName() != null && dir.getFileName().toString().equals("models")
                    && Files.isDirectory(dir.resolve("catalog"))) {
                return dir;
            }
            dir = dir.getParent();
        }
        return Paths.get("models").toAbsolutePath();
    }

    public Path home() {
        return home;
    }

    public List<ModelDescriptor> list() {
        return List.copyOf(descriptors.values());
    }

    public Optional<ModelDescriptor> find(String id) {
        return Optional.ofNullable(descriptors.get(id));
    }

    public ModelDescriptor get(String id) {
        return find(id).orElseThrow(() -> new NoSuchElementException("no model registered with id '" + id + "'"));
    }

    /** Prefix of an artifact that ships inside a jar on the class path (a Maven dependency). */
    public static final String CLASSPATH = "classpath:";

    /** Absolute path of a model's artifact. */
    public Path artifactPath(ModelDescriptor d) {
        if (d.artifact() == null) {
            throw new IllegalStateException("model " + d.id() + " has no artifact path");
        }
        if (d.artifact().startsWith(CLASSPATH)) {
            throw new IllegalStateException("model " + d.id() + " is a class-path resource, not a file: " + d.artifact());
        }
        Path p = Paths.get(d.artifact());
        return p.isAbsolute() ? p : home.resolve(p).normalize();
    }

    /** Checks presence and checksum of a model's artifact (the checksum is computed once per run). */
    public ModelStatus status(String id) {
        ModelDescriptor d = get(id);
        return statusCache.computeIfAbsent(id, k -> computeStatus(d));
    }

    /** Statuses of all registered models, ordered by id. */
    public List<ModelStatus> statuses() {
        List<ModelStatus> out = new ArrayList<>();
        for (ModelDescriptor d : descriptors.values()) {
            out.add(status(d.id()));
        }
        out.sort(Comparator.comparing(s -> s.descriptor().id()));
        return out;
    }

    /** The artifact of a usable model, or an {@link IllegalStateException} that says why it is not usable. */
    public Path require(String id) {
        ModelStatus s = status(id);
        if (!s.usable()) {
            throw new IllegalStateException("model '" + id + "' is not usable: " + s.detail());
        }
        return artifactPath(s.descriptor());
    }

    /** Writes (or replaces) a descriptor in the catalog and forgets its cached status. */
    public void save(ModelDescriptor d) {
        try {
            AtomicFiles.write(home.resolve("catalog").resolve(d.id() + ".json"), JSON.writeValueAsBytes(d));
            descriptors.put(d.id(), d);
            statusCache.remove(d.id());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write descriptor of " + d.id() + ": " + e.getMessage(), e);
        }
    }

    private ModelStatus computeStatus(ModelDescriptor d) {
        if (d.artifact() == null) {
            return new ModelStatus(d, ModelStatus.State.MISSING, "no artifact path in the descriptor");
        }
        if (d.artifact().startsWith(CLASSPATH)) {
            return classPathStatus(d);
        }
        Path p = artifactPath(d);
        if (!Files.exists(p)) {
            return new ModelStatus(d, ModelStatus.State.MISSING, "not installed: " + p + " does not exist"
                    + (d.notes() == null ? "" : " (" + d.notes() + ")"));
        }
        if (d.sha256() != null && !d.sha256().isBlank()) {
            String actual = Checksums.sha256(p);
            if (!actual.equalsIgnoreCase(d.sha256())) {
                return new ModelStatus(d, ModelStatus.State.CHECKSUM_MISMATCH,
                        "checksum of " + p + " is " + actual + ", expected " + d.sha256());
            }
        }
        return new ModelStatus(d, ModelStatus.State.INSTALLED, p.toString());
    }

    private static ModelStatus classPathStatus(ModelDescriptor d) {
        String name = d.artifact().substring(CLASSPATH.length()).replaceFirst("^/", "");
        ClassLoader cl = Thread.currentThread().getContextClassLoader() != null
                ? Thread.currentThread().getContextClassLoader() : ModelRegistry.class.getClassLoader();
        java.net.URL url = cl.getResource(name);
        if (url == null) {
            return new ModelStatus(d, ModelStatus.State.MISSING, "not on the class path: " + name
                    + (d.notes() == null ? "" : " (" + d.notes() + ")"));
        }
        if (d.sha256() != null && !d.sha256().isBlank()) {
            String actual;
            try (InputStream in = url.openStream()) {
                actual = Checksums.sha256(in);
            } catch (IOException e) {
                return new ModelStatus(d, ModelStatus.State.MISSING, "cannot read " + url + ": " + e.getMessage());
            }
            if (!actual.equalsIgnoreCase(d.sha256())) {
                return new ModelStatus(d, ModelStatus.State.CHECKSUM_MISMATCH,
                        "checksum of " + url + " is " + actual + ", expected " + d.sha256());
            }
        }
        return new ModelStatus(d, ModelStatus.State.INSTALLED, url.toString());
    }

    /** The shared JSON mapper for descriptors and model metadata. */
    public static ObjectMapper json() {
        return JSON;
    }
}
