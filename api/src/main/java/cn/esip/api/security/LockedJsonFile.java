package cn.esip.api.security;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * A list of records kept in one JSON file that the CLI and running servers share: a change is made under a
 * file lock, written to a temporary file and moved into place; readers reload when the file's time changes
 * (checked at most once a second unless forced), so a change made by another process shows within a second.
 *
 * @param <T> the record type, keyed by {@code key}
 */
public final class LockedJsonFile<T> {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;
    private final JavaType listType;
    private final Function<T, String> key;
    private Map<String, T> items = Map.of();
    private FileTime loaded;
    private long checkedAt;

    public LockedJsonFile(Path file, Class<T> type, Function<T, String> key) {
        this.file = file;
        this.listType = JSON.getTypeFactory().constructCollectionType(List.class, type);
        this.key = key;
    }

    public Path file() {
        return file;
    }

    /** The records by key, as of the file now ({@code force}) or at most a second ago. */
    public synchronized Map<String, T> snapshot(boolean force) {
        long now = System.nanoTime();
        if (force || loaded == null || now - checkedAt >= 1_000_000_000L) {
            checkedAt = now;
            try {
                FileTime t = Files.exists(file) ? Files.getLastModifiedTime(file) : null;
                if (t == null) {
                    items = Map.of();
                    loaded = FileTime.fromMillis(0);
                } else if (!t.equals(loaded)) {
                    items = Map.copyOf(read());
                    loaded = t;
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
        return items;
    }

    /** Applies a change to the records under the file lock and writes them back atomically. */
    public synchronized void change(UnaryOperator<Map<String, T>> f) {
        try {
            Files.createDirectories(file.getParent());
            Path lockFile = file.resolveSibling(file.getFileName() + ".lock");
            try (FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = ch.lock()) {
                Map<String, T> m = f.apply(new LinkedHashMap<>(read()));
                Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
                JSON.writeValue(tmp.toFile(), new ArrayList<>(m.values()));
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                items = Map.copyOf(m);
                loaded = Files.getLastModifiedTime(file);
                checkedAt = System.nanoTime();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private Map<String, T> read() throws IOException {
        Map<String, T> m = new LinkedHashMap<>();
        if (Files.exists(file)) {
            List<T> list = JSON.readValue(file.toFile(), listType);
            for (T t : list) {
                m.put(key.apply(t), t);
            }
        }
        return m;
    }
}
