package cn.esip.supervision.review;

import cn.esip.kg.service.CorpusImporter;
import cn.esip.kg.service.LawKnowledgeBase;
import cn.esip.kg.store.Neo4jSettings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Test support: a real law knowledge base (embedded Neo4j + Lucene) holding every version of the laws that some
 * case files cite, linked from the shared corpus into a temporary folder and imported the way {@code esip import}
 * does — so that review tests reason over real law texts in seconds instead of importing 3,300 laws.
 */
public final class CaseLawCorpus {

    /** ../shared relative to the repository root; tests run in the module folder. */
    public static final Path SHARED = Stream.of(Path.of("..", "..", "shared"), Path.of("..", "shared"))
            .filter(p -> Files.isDirectory(p.resolve("corpus/laws"))).findFirst().orElse(Path.of("..", "..", "shared"));

    private static final Pattern TITLE = Pattern.compile("《([^》]{2,60})》");

    private CaseLawCorpus() {
    }

    /** True when the shared corpus and example cases are here. */
    public static boolean available() {
        return Files.isDirectory(SHARED.resolve("corpus/laws")) && Files.isDirectory(SHARED.resolve("cases"));
    }

    /** Imports the laws the case files under {@code caseRoots} cite into {@code data} and opens it. */
    public static LawKnowledgeBase open(Path data, List<Path> caseRoots) {
        try {
            Set<String> titles = new LinkedHashSet<>(List.of("中华人民共和国行政处罚法"));
            for (Path root : caseRoots) {
                try (Stream<Path> files = Files.walk(root)) {
                    for (Path f : files.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith("case.json")).toList()) {
                        Matcher m = TITLE.matcher(Files.readString(f, StandardCharsets.UTF_8));
                        while (m.find()) {
                            titles.add(m.group(1));
                        }
                        Matcher j = Pattern.compile("\"law\"\\s*:\\s*\"([^\"]+)\"").matcher(Files.readString(f, StandardCharsets.UTF_8));
                        while (j.find()) {
                            titles.add(j.group(1));
                        }
                    }
                }
            }
            Path laws = SHARED.resolve("corpus/laws");
            Map<String, List<Path>> byTitle = new HashMap<>();
            try (Stream<Path> files = Files.walk(laws)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".md")).toList()) {
                    String name = f.getFileName().toString().replaceFirst("\\.md$", "");
                    String title = name.replaceFirst("\\(\\d{4}-\\d{2}-\\d{2}\\)$", "");
                    byTitle.computeIfAbsent(title, k -> new ArrayList<>()).add(f);
                }
            }
            Path corpus = data.resolve("corpus");
            for (String t : titles) {
                for (String key : List.of(t, cn.esip.nlp.cite.LawNames.withPrc(t), cn.esip.nlp.cite.LawNames.withoutPrc(t))) {
                    for (Path f : byTitle.getOrDefault(key, List.of())) {
                        Path target = corpus.resolve(laws.relativize(f).toString());
                        Files.createDirectories(target.getParent());
                        if (!Files.exists(target)) {
                            Files.createSymbolicLink(target, f.toAbsolutePath());
                        }
                    }
                }
            }
            LawKnowledgeBase kb = new LawKnowledgeBase(new Neo4jSettings(data.resolve("store"), null, "neo4j", ""));
            new CorpusImporter(kb).importCorpus(corpus, (stage, done, total) -> { });
            return kb;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
