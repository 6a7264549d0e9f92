package cn.esip.kg.dense;

import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.Map;

/**
 * Passage vectors kept across imports, keyed by a hash of the embedded text: an append-only file of
 * (16-byte key, {@code dimension} int8 components) records, so an unchanged article is never encoded twice.
 * A record cut short by a killed process is ignored when the file is read again.
 */
public final class VectorCache implements AutoCloseable {

    /** Key of one passage: the first 128 bits of SHA-256 over the embedder's id and the text. */
    public record Key(long hi, long lo) {
    }

    private final Path file;
    private final int dimension;
    private final Map<Key, byte[]> vectors = new HashMap<>();
    private OutputStream out;

    private VectorCache(Path file, int dimension) {
        this.file = file;
        this.dimension = dimension;
    }

    /** Opens (or creates) the cache file {@code file} of vectors with {@code dimension} components. */
    public static VectorCache open(Path file, int dimension) {
        VectorCache c = new VectorCache(file, dimension);
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            long good = 0;
            if (Files.isRegularFile(file)) {
                try (InputStream raw = Files.newInputStream(file);
                     DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(raw, 1 << 16))) {
                    while (true) {
                        long hi;
                        try {
                            hi = in.readLong();
                        } catch (EOFException end) {
                            break;
                        }
                        byte[] v = new byte[dimension];
                        try {
                            long lo = in.readLong();
                            in.readFully(v);
                            c.vectors.put(new Key(hi, lo), v);
                            good += 16 + dimension;
                        } catch (EOFException cut) {
                            break;
                        }
                    }
                }
                if (good < Files.size(file)) {
                    try (var ch = java.nio.channels.FileChannel.open(file, StandardOpenOption.WRITE)) {
                        ch.truncate(good);
                    }
                }
            }
            c.out = new BufferedOutputStream(Files.newOutputStream(file, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND), 1 << 16);
            return c;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the vector cache " + file + ": " + e.getMessage(), e);
        }
    }

    /** The key of {@code text} embedded by the embedder {@code embedderId}. */
    public static Key key(String embedderId, String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(embedderId.getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            byte[] h = md.digest(text.getBytes(StandardCharsets.UTF_8));
            return new Key(java.nio.ByteBuffer.wrap(h, 0, 8).getLong(), java.nio.ByteBuffer.wrap(h, 8, 8).getLong());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The vector stored under {@code key}, or null. */
    public synchronized byte[] get(Key key) {
        return vectors.get(key);
    }

    /** Number of vectors held. */
    public synchronized int size() {
        return vectors.size();
    }

    /** Stores and appends a vector. */
    public synchronized void put(Key key, byte[] vector) {
        if (vector.length != dimension) {
            throw new IllegalArgumentException("vector of " + vector.length + " components, cache holds " + dimension);
        }
        if (vectors.putIfAbsent(key, vector) != null) {
            return;
        }
        try {
            java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(16);
            b.putLong(key.hi()).putLong(key.lo());
            out.write(b.array());
            out.write(vector);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the vector cache " + file + ": " + e.getMessage(), e);
        }
    }

    /** Writes what is buffered to the file. */
    public synchronized void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the vector cache " + file + ": " + e.getMessage(), e);
        }
    }

    /** A unit vector as int8 components scaled by its largest magnitude (cosine similarity survives the scaling). */
    public static byte[] quantise(float[] v) {
        float max = 0;
        for (float x : v) {
            max = Math.max(max, Math.abs(x));
        }
        byte[] b = new byte[v.length];
        if (max == 0) {
            return b;
        }
        float s = 127f / max;
        for (int i = 0; i < v.length; i++) {
            b[i] = (byte) Math.round(v[i] * s);
        }
        return b;
    }

    @Override
    public synchronized void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the vector cache " + file + ": " + e.getMessage(), e);
        }
    }
}
