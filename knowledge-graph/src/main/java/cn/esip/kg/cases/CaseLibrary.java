package cn.esip.kg.cases;

import cn.esip.kg.index.ArticleReference;
import cn.esip.models.AtomicFiles;
import cn.esip.nlp.text.ChineseNumerals;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The typical cases of a corpus (its 案例 folder), read at import with the articles they cite resolved against the law
 * index, and kept as one JSON file next to the index.
 */
public final class CaseLibrary {

    /** File name inside the index directory. */
    public static final String FILE = "cases.json";
    /** Characters of a case's facts kept. */
    static final int FACTS = 600;

    private static final Pattern CITED = Pattern.compile("《([^《》]{2,60})》(?:（[^）]{0,30}）)?第([零〇一二两三四五六七八九十百千]+)条(?:之([一二三四五六七八九十]))?");
    private static final ObjectMapper JSON = new ObjectMapper();

    private CaseLibrary() {
    }

    /**
     * The cases in {@code folder} (Markdown files, any depth); {@code resolve} gives the provision code a reference
     * names, if the index holds it. A file that cannot be read is skipped and reported in {@code problems}.
     */
    public static List<TypicalCase> read(Path corpusRoot, Path folder, Function<ArticleReference, Optional<String>> resolve,
                                         List<String> problems) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<TypicalCase> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                try {
                    out.add(parse(corpusRoot.relativize(f).toString().replace('\\', '/'), f, Files.readString(f, StandardCharsets.UTF_8), resolve));
                } catch (IOException | RuntimeException e) {
                    problems.add(corpusRoot.relativize(f) + ": " + e.getMessage());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
        return out;
    }

    static TypicalCase parse(String id, Path file, String text, Function<ArticleReference, Optional<String>> resolve) {
        String name = file.getFileName().toString().replaceFirst("\\.md$", "");
        String category = file.getParent() == null ? "" : file.getParent().getFileName().toString();
        String headline = "";
        for (String line : text.lines().toList()) {
            if (line.startsWith("# ")) {
                headline = line.substring(2).strip();
                break;
            }
        }
        String facts = section(text, "基本案情");
        if (facts.isEmpty()) {
            facts = text.replaceAll("(?m)^#.*$|<!--.*?-->", "").strip();
        }
        facts = facts.replaceAll("\\s+", " ");
        if (facts.length() > FACTS) {
            facts = facts.substring(0, FACTS);
        }
        Set<String> cites = new LinkedHashSet<>();
        Matcher m = CITED.matcher(text);
        while (m.find()) {
            int article;
            try {
                article = ChineseNumerals.parse(m.group(2));
            } catch (RuntimeException e) {
                continue;
            }
            int suffix = m.group(3) == null ? 0 : ChineseNumerals.parse(m.group(3));
            resolve.apply(new ArticleReference(m.group(1), article, suffix, 0, 0)).ifPresent(cites::add);
        }
        return new TypicalCase(id, name, category, headline, facts, List.copyOf(cites));
    }

    /** The text under the {@code ## title} heading, up to the next heading. */
    private static String section(String text, String title) {
        int i = text.indexOf("## " + title);
        if (i < 0) {
            return "";
        }
        int from = text.indexOf('\n', i);
        if (from < 0) {
            return "";
        }
        int to = text.indexOf("\n## ", from);
        return text.substring(from, to < 0 ? text.length() : to).replaceAll("<!--.*?-->", "").strip();
    }

    /** Writes {@code cases} to {@code dir}/{@value #FILE}, replacing it in one step. */
    public static void save(List<TypicalCase> cases, Path dir) {
        try {
            AtomicFiles.write(dir.resolve(FILE), JSON.writeValueAsBytes(cases));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + dir.resolve(FILE), e);
        }
    }

    /** The cases saved in {@code dir}, empty when none were. */
    public static List<TypicalCase> load(Path dir) {
        Path f = dir.resolve(FILE);
        if (!Files.isRegularFile(f)) {
            return List.of();
        }
        try {
            return JSON.readValue(f.toFile(), new TypeReference<List<TypicalCase>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + f + ": " + e.getMessage(), e);
        }
    }
}
