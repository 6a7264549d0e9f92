package cn.esip.kg.parse;

import cn.esip.kg.domain.ImportProblem;
import cn.esip.kg.domain.LawVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Parses the whole shared corpus (when ../shared/corpus/laws exists) and checks the targets. */
@EnabledIf("corpusPresent")
@org.junit.jupiter.api.Tag("accuracy")
class WholeCorpusParseTest {

    /** ../shared relative to the repository root; tests run in the module folder. */
    static final Path CORPUS = Stream.of(Path.of("..", "..", "shared", "corpus", "laws"), Path.of("..", "shared", "corpus", "laws"))
            .filter(Files::isDirectory).findFirst().orElse(Path.of("..", "..", "shared", "corpus", "laws"));

    static boolean corpusPresent() {
        return Files.isDirectory(CORPUS);
    }

    @Test
    void wholeCorpusMeetsTheTargets() throws IOException {
        ParsedCorpus c = new CorpusParser().parse(CORPUS, p -> { });
        CorpusStats s = c.stats();
        Set<String> files;
        try (Stream<Path> walk = Files.walk(CORPUS)) {
            files = new HashSet<>(walk.filter(p -> p.toString().endsWith(".md"))
                    .map(p -> CORPUS.relativize(p).toString().replace('\\', '/'))
                    .filter(f -> !f.startsWith(CorpusParser.CASES_FOLDER + "/")).toList());
        }
        assertThat(s.files()).isEqualTo(files.size());
        // every file is imported or listed with its reason
        Set<String> accounted = new HashSet<>();
        for (LawVersion v : c.versions()) {
            accounted.addAll(java.util.List.of(v.sourceFile().split(";")));
        }
        c.problems().stream().map(ImportProblem::file).forEach(accounted::add);
        assertThat(accounted).containsAll(files);
        assertThat(s.numberingGapRate()).as("share of files with a numbering gap").isLessThanOrEqualTo(0.01);
        assertThat(s.resolutionRate()).as("citations resolved where the law is in the corpus").isGreaterThanOrEqualTo(0.95);
        assertThat(s.provisionResolutionRate()).as("without whole-law mentions").isGreaterThanOrEqualTo(0.95);
        assertThat(s.articles()).isGreaterThan(100_000);
        assertThat(c.versions()).extracting(LawVersion::versionId).doesNotHaveDuplicates();
    }
}
