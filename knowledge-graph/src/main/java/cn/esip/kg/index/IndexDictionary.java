package cn.esip.kg.index;

import cn.esip.kg.domain.LawVersion;
import cn.esip.kg.domain.Provision;
import cn.esip.nlp.cite.LawNames;
import cn.esip.nlp.segment.LegalDictionary;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the segmenter's legal dictionary from a corpus: law titles and short titles (with and without
 * 中华人民共和国), and terms the laws define ("本法所称…，是指…"); saves and loads it next to the index.
 */
public final class IndexDictionary {

    /** File name of the dictionary inside the index directory. */
    public static final String FILE = "legal-dictionary.tsv";

    private static final Pattern DEFINED = Pattern.compile(
            "本(?:法|条例|规定|办法|细则|决定|规则|解释|章|条)(?:中)?所称(?:的)?[“\"]?([\\p{IsHan}A-Za-z0-9]{2,12}?)[”\"]?[，,]?(?:是指|指|包括)");

    private IndexDictionary() {
    }

    /** File name of the list of law names (all aliases, one a line) inside the index directory. */
    public static final String NAMES_FILE = "law-names.txt";

    /** Every alias of every law (no length limit, unlike the segmenter dictionary). */
    public static java.util.SortedSet<String> lawNames(List<LawVersion> versions) {
        java.util.SortedSet<String> names = new java.util.TreeSet<>();
        for (LawVersion v : versions) {
            names.addAll(LawNames.aliases(v.title(), v.shortTitle()));
        }
        return names;
    }

    /** Reads the law names written next to an index (empty when absent). */
    public static java.util.Set<String> loadNames(Path file) throws IOException {
        return Files.exists(file) ? new java.util.HashSet<>(Files.readAllLines(file, StandardCharsets.UTF_8)) : java.util.Set.of();
    }

    /** The dictionary of the given law versions. */
    public static LegalDictionary harvest(List<LawVersion> versions) {
        LegalDictionary dict = new LegalDictionary();
        for (String name : lawNames(versions)) {
            dict.add(name, LegalDictionary.LAW_NAME);
        }
        for (LawVersion v : versions) {
            for (Provision p : v.provisions()) {
                if (p.text() == null || p.level().isStructural() || !p.text().contains("所称")) {
                    continue;
                }
                Matcher m = DEFINED.matcher(p.text());
                while (m.find()) {
                    dict.add(m.group(1), LegalDictionary.LEGAL_TERM);
                }
            }
        }
        return dict;
    }

    /** Writes {@code dict} as "word TAB pos" lines. */
    public static void save(LegalDictionary dict, Path file) throws IOException {
        List<String> lines = new ArrayList<>(dict.size());
        dict.entries().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .forEach(e -> lines.add(e.getKey() + "\t" + e.getValue()));
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    /** Reads a dictionary written by {@link #save}; an absent file gives an empty dictionary. */
    public static LegalDictionary load(Path file) throws IOException {
        LegalDictionary dict = new LegalDictionary();
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    dict.add(line.substring(0, tab), line.substring(tab + 1));
                }
            }
        }
        return dict;
    }
}
