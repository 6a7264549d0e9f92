package cn.esip.speech.asr;

import cn.esip.models.ModelRegistry;
import cn.esip.models.ModelStatus;
import cn.esip.speech.SpeechUnavailableException;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Finds the Vosk model to use. In order: a directory named by {@code $ESIP_VOSK_MODEL} (or
 * {@code -Desip.speech.model-dir}); the model id named by {@code $ESIP_VOSK_MODEL_ID} (or
 * {@code -Desip.speech.model}); else {@value #DEFAULT_ID} when installed; else {@value #LARGE_ID}
 * when installed and the machine has at least {@value #LARGE_MIN_RAM_GB} GB of RAM.
 */
public final class SpeechModels {

    /** The default model (about 40 MB download, runs in well under 1 GB). */
    public static final String DEFAULT_ID = "vosk-model-small-cn-0.22";
    /** The large model (about 1.3 GB download, needs several GB of RAM). */
    public static final String LARGE_ID = "vosk-model-cn-0.22";
    /** RAM the large model is given a chance with. */
    public static final int LARGE_MIN_RAM_GB = 8;
    /** Environment variable naming a model directory to use instead of the registry. */
    public static final String ENV_MODEL_DIR = "ESIP_VOSK_MODEL";
    /** Environment variable naming the registry id of the model to use. */
    public static final String ENV_MODEL_ID = "ESIP_VOSK_MODEL_ID";
    /** Where operators obtain the models. */
    public static final String MODELS_PAGE = "https://alphacephei.com/vosk/models";

    /** A chosen model. */
    public record Choice(String id, Path dir) {
    }

    private final ModelRegistry registry;
    private final String overrideDir;
    private final String preferredId;

    /**
     * @param registry    the models registry
     * @param overrideDir a model directory to use regardless of the registry (null or blank: none)
     * @param preferredId registry id to use (null or blank: automatic choice)
     */
    public SpeechModels(ModelRegistry registry, String overrideDir, String preferredId) {
        this.registry = registry;
        this.overrideDir = overrideDir == null || overrideDir.isBlank() ? null : overrideDir;
        this.preferredId = preferredId == null || preferredId.isBlank() ? null : preferredId;
    }

    /** The locator configured from the environment and system properties. */
    public static SpeechModels fromEnvironment(ModelRegistry registry) {
        return new SpeechModels(registry, setting("esip.speech.model-dir", ENV_MODEL_DIR), setting("esip.speech.model", ENV_MODEL_ID));
    }

    private static String setting(String property, String env) {
        String p = System.getProperty(property);
        return p != null && !p.isBlank() ? p : System.getenv(env);
    }

    /** The model to use, or a {@link SpeechUnavailableException} saying plainly why there is none. */
    public Choice choose() {
        if (overrideDir != null) {
            Path dir = Paths.get(overrideDir).toAbsolutePath().normalize();
            if (!Files.isDirectory(dir)) {
                throw new SpeechUnavailableException("no speech model: " + ENV_MODEL_DIR + " names " + dir + ", which does not exist");
            }
            return new Choice(dir.getFileName().toString(), dir);
        }
        if (preferredId != null) {
            ModelStatus s;
            try {
                s = registry.status(preferredId);
            } catch (NoSuchElementException e) {
                throw new SpeechUnavailableException("no speech model: '" + preferredId + "' is not registered in " + registry.home());
            }
            if (!s.usable()) {
                throw new SpeechUnavailableException("no speech model: " + preferredId + " is " + describe(s) + howToInstall());
            }
            return new Choice(preferredId, registry.artifactPath(s.descriptor()));
        }
        List<String> why = new ArrayList<>();
        for (String id : List.of(DEFAULT_ID, LARGE_ID)) {
            if (registry.find(id).isEmpty()) {
                why.add(id + " not registered");
                continue;
            }
            ModelStatus s = registry.status(id);
            if (!s.usable()) {
                why.add(id + " " + describe(s));
                continue;
            }
            if (id.equals(LARGE_ID) && physicalMemoryGb() < LARGE_MIN_RAM_GB) {
                why.add(id + " installed but this machine has less than " + LARGE_MIN_RAM_GB + " GB RAM");
                continue;
            }
            return new Choice(id, registry.artifactPath(s.descriptor()));
        }
        throw new SpeechUnavailableException("no speech model installed (" + String.join("; ", why) + ")" + howToInstall());
    }

    /** Why no model is usable, or null when one is (does not load the model). */
    public String unavailableReason() {
        try {
            choose();
            return null;
        } catch (SpeechUnavailableException e) {
            return e.getMessage();
        }
    }

    private static String describe(ModelStatus s) {
        return switch (s.state()) {
            case MISSING -> "not installed";
            case CHECKSUM_MISMATCH -> "damaged (" + s.detail() + ")";
            case INSTALLED -> "installed";
        };
    }

    private static String howToInstall() {
        return ". Download " + DEFAULT_ID + ".zip from " + MODELS_PAGE
                + " on a connected machine, copy it here and run: ./esip models install vosk <zip-or-dir>";
    }

    static long physicalMemoryGb() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getTotalMemorySize() >> 30;
        }
        return 0;
    }
}
