package cn.esip.bench;

import cn.esip.nlp.ie.LabelledSentence;
import cn.esip.nlp.ie.TagScores;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The fine-tuned layers' tag scores for the training sentences, each from the cross-validation fold model that had not
 * seen it (file {@code oof.bin} of models/training/finetune_ner_cail.py --oof): what lets the mixture weight of
 * {@code ner-cail-ft} be chosen by cross-validation without running PyTorch. Sentences are found by article and
 * sentence id, because the same text occurs in several articles, in different folds.
 */
public final class OutOfFoldTagScores {

    private static final byte[] MAGIC = "ESIPOOF1".getBytes(StandardCharsets.US_ASCII);
    private static final int MAX_TAGS = 1_000;
    private static final int MAX_BYTES = 1 << 20;

    private final String[] tags;
    private final Map<String, Entry> byId;

    private record Entry(String text, float[][] rows) {
    }

    private OutOfFoldTagScores(String[] tags, Map<String, Entry> byId) {
        this.tags = tags;
        this.byId = byId;
    }

    private static String key(long articleId, long sentId) {
        return articleId + ":" + sentId;
    }

    /**
     * Reads {@code file}.
     *
     * @throws IllegalArgumentException when it is not such a file or is cut short
     */
    public static OutOfFoldTagScores read(Path file) {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            byte[] magic = new byte[MAGIC.length];
            in.readFully(magic);
            if (!Arrays.equals(magic, MAGIC)) {
                throw new IllegalArgumentException(file + " is not an out-of-fold score file of finetune_ner_cail.py");
            }
            String[] tags = new String[bounded(in.readInt(), MAX_TAGS, file)];
            for (int i = 0; i < tags.length; i++) {
                tags[i] = string(in, file);
            }
            int sentences = bounded(in.readInt(), Integer.MAX_VALUE, file);
            Map<String, Entry> byId = new HashMap<>();
            for (int s = 0; s < sentences; s++) {
                String id = key(in.readLong(), in.readLong());
                String text = string(in, file);
                float[][] rows = new float[text.length()][];
                int tokens = bounded(in.readInt(), MAX_BYTES, file);
                for (int t = 0; t < tokens; t++) {
                    int start = in.readInt();
                    float[] row = new float[tags.length];
                    for (int c = 0; c < row.length; c++) {
                        row[c] = in.readFloat();
                    }
                    if (start < 0 || start >= rows.length) {
                        throw new IllegalArgumentException(file + ": token start " + start + " outside its sentence");
                    }
                    rows[start] = row;
                }
                byId.put(id, new Entry(text, rows));
            }
            return new OutOfFoldTagScores(tags, byId);
        } catch (EOFException e) {
            throw new IllegalArgumentException(file + " is cut short");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static int bounded(int n, int max, Path file) {
        if (n < 0 || n > max) {
            throw new IllegalArgumentException(file + ": count " + n + " out of range");
        }
        return n;
    }

    private static String string(DataInputStream in, Path file) throws IOException {
        byte[] b = new byte[bounded(in.readInt(), MAX_BYTES, file)];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }

    /** Sentences with scores. */
    public int size() {
        return byId.size();
    }

    /** The tags of the score columns, in order. */
    public String[] tags() {
        return tags.clone();
    }

    /**
     * The scores of sentence {@code s} as a {@link TagScores} for its own text.
     *
     * @throws IllegalArgumentException when the file has no scores for it, or has them for another text
     */
    public TagScores of(LabelledSentence s) {
        Entry e = byId.get(key(s.articleId(), s.sentId()));
        if (e == null || !e.text().equals(s.text())) {
            throw new IllegalArgumentException("no out-of-fold scores for sentence " + s.sentId() + " of article "
                    + s.articleId());
        }
        return new TagScores() {
            @Override
            public String[] tags() {
                return tags.clone();
            }

            @Override
            public float[][] scores(String text) {
                if (!text.equals(e.text())) {
                    throw new IllegalArgumentException("out-of-fold scores asked for another text");
                }
                return e.rows();
            }
        };
    }
}
