package cn.esip.nlp.ie;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** A set of terms (e.g. drug names) matched longest-first in text; used as a tagger feature. */
public final class Lexicon {

    private final Set<String> terms;
    /** The same terms, for constant-time lookups in {@link #cover}. */
    private final Set<String> lookup;
    /** Length of the longest term starting with each character (characters that start none are absent). */
    private final Map<Character, Integer> longestByFirst = new HashMap<>();

    public Lexicon(Collection<String> terms) {
        TreeSet<String> t = new TreeSet<>();
        for (String s : terms) {
            String n = s == null ? "" : CharFeatures.normalizeText(s.strip());
            if (!n.isEmpty()) {
                t.add(n);
            }
        }
        this.terms = t;
        this.lookup = new HashSet<>(t);
        for (String s : t) {
            longestByFirst.merge(s.charAt(0), s.length(), Math::max);
        }
    }

    /** One term a line; blank lines and lines starting with # are skipped. */
    public static Lexicon read(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
            return new Lexicon(lines);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon " + file + ": " + e.getMessage(), e);
        }
    }

    public void write(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, terms, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write lexicon " + file + ": " + e.getMessage(), e);
        }
    }

    public Set<String> terms() {
        return java.util.Collections.unmodifiableSet(terms);
    }

    public int size() {
        return terms.size();
    }

    /**
     * For each position of an already normalised text, the length of the longest term that covers it
     * (0 = none) and whether it begins/ends there, as a BIES code per character ('O' when uncovered).
     */
    public char[] cover(String normalized) {
        char[] out = new char[normalized.length()];
        java.util.Arrays.fill(out, 'O');
        int i = 0;
        while (i < normalized.length()) {
            int len = 0;
            Integer longest = longestByFirst.get(normalized.charAt(i));
            for (int l = longest == null ? 0 : Math.min(longest, normalized.length() - i); l >= 2; l--) {
                if (lookup.contains(normalized.substring(i, i + l))) {
                    len = l;
                    break;
                }
            }
            if (len == 0) {
                i++;
                continue;
            }
            out[i] = 'B';
            for (int k = i + 1; k < i + len - 1; k++) {
                out[k] = 'I';
            }
            out[i + len - 1] = 'E';
            i += len;
        }
        return out;
    }
}
