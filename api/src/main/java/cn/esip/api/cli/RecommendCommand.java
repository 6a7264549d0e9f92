package cn.esip.api.cli;

import cn.esip.kg.recommend.RecommendResult;
import cn.esip.kg.recommend.Recommendation;
import cn.esip.kg.service.LawKnowledgeBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code esip recommend}: 法条推荐: the penalty provisions for the facts of a case read from a file or stdin. */
@Command(name = "recommend", mixinStandardHelpOptions = true,
        description = "Penalty provisions that apply to the facts of a case (file, or - for stdin), with the "
                + "obligations they name, penalty kinds and fine ranges.")
public final class RecommendCommand implements Callable<Integer> {

    @Mixin
    DataOptions dataOptions = new DataOptions();

    @Parameters(index = "0", paramLabel = "FILE|-", description = "Text file with the facts, or - to read stdin.")
    String input;

    @Option(names = "--region", paramLabel = "CODE", description = "GB/T 2260 code: keep national law and this region's rules.")
    String region;

    @Option(names = "--top", defaultValue = "5", description = "Number of provisions (1..20, default ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        String facts = read(input);
        try (LawKnowledgeBase kb = KnowledgeBases.open(dataOptions)) {
            if (!kb.hasIndex()) {
                throw new EsipMain.UsageError("no law index in " + kb.indexPath() + " (run: esip import --corpus DIR)");
            }
            RecommendResult r;
            try {
                r = kb.recommend(facts.strip(), region, top);
            } catch (IllegalArgumentException e) {
                throw new EsipMain.UsageError(e.getMessage());
            }
            if (json) {
                System.out.println(Json.line(r));
                return 0;
            }
            int i = 0;
            for (Recommendation rec : r.penalties()) {
                var h = rec.provision();
                System.out.printf("%d. %s %s (%s)%n   %s%n", ++i, h.title(), h.article(), h.provisionCode(),
                        rec.text().replace('\n', ' '));
                rec.obligations().forEach(o -> System.out.printf("   违反: %s %s%n", o.title(), o.article()));
                var p = rec.penalty();
                System.out.printf("   处罚种类: %s%s%n", p.types().isEmpty() ? "—" : String.join("、", p.types()),
                        p.corrective() ? "（另责令改正）" : "");
                p.fines().forEach(f -> System.out.printf("   罚款: %s%n", f.text()));
            }
            r.cases().forEach(c -> System.out.printf("案例: %s (%s, score %.3f)%n   %s%n", c.typicalCase().name(),
                    c.typicalCase().category(), c.score(), c.typicalCase().headline()));
            r.notes().forEach(n -> System.err.println("note: " + n));
        }
        return 0;
    }

    /** The facts: a UTF-8 file, or stdin for {@code -}. */
    static String read(String input) throws IOException {
        byte[] bytes;
        if ("-".equals(input)) {
            bytes = System.in.readNBytes(64 * 1024);
        } else {
            Path p = Path.of(input);
            if (!Files.isRegularFile(p)) {
                throw new EsipMain.UsageError("file not found: " + input);
            }
            if (Files.size(p) > 64 * 1024) {
                throw new EsipMain.UsageError("facts file larger than 64 KiB: " + input);
            }
            bytes = Files.readAllBytes(p);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new EsipMain.UsageError("facts are not valid UTF-8: " + input);
        }
    }
}
