package cn.esip.nlp.learn;

import cn.esip.models.AtomicFiles;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/** Reads and writes linear models as gzipped binary files (written to a temporary file, then moved). */
public final class ModelFiles {

    private static final int MAGIC = 0x45534950; // "ESIP"
    private static final int TAGGER = 1;
    private static final int CLASSIFIER = 2;

    private ModelFiles() {
    }

    public static void write(Path file, LinearTagger tagger) {
        write(file, TAGGER, out -> tagger.write(out));
    }

    public static void write(Path file, LinearClassifier classifier) {
        write(file, CLASSIFIER, out -> classifier.write(out));
    }

    public static LinearTagger readTagger(Path file) {
        return read(file, TAGGER, LinearTagger::read);
    }

    public static LinearClassifier readClassifier(Path file) {
        return read(file, CLASSIFIER, LinearClassifier::read);
    }

    private interface Writer {
        void write(DataOutputStream out) throws IOException;
    }

    private interface Reader<T> {
        T read(DataInputStream in) throws IOException;
    }

    private static void write(Path file, int kind, Writer w) {
        try {
            AtomicFiles.write(file, raw -> {
                DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(raw), 1 << 16));
                out.writeInt(MAGIC);
                out.writeInt(kind);
                w.write(out);
                out.close();
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write model " + file + ": " + e.getMessage(), e);
        }
    }

    private static <T> T read(Path file, int kind, Reader<T> r) {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(
                new GZIPInputStream(Files.newInputStream(file)), 1 << 16))) {
            if (in.readInt() != MAGIC || in.readInt() != kind) {
                throw new IOException("not an ESIP " + (kind == TAGGER ? "tagger" : "classifier") + " model");
            }
            return r.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read model " + file + ": " + e.getMessage(), e);
        }
    }
}
