package cn.esip.api.cli;

import cn.esip.kg.qa.QaAnswer;
import cn.esip.kg.service.LawKnowledgeBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code esip ask}: knowledge QA: a sentence quoted from the articles found, with its citation, or an abstention. */
@Command(name = "ask", mixinStandardHelpOptions = true,
        description = "Answer a question from the law corpus, quoting the article that answers (or 未找到可靠依据). "
                + "--batch FILE.jsonl answers one {\"id\",\"question\"} line after another.")
public final class AskCommand implements Callable<Integer> {

    @Mixin
    DataOptions dataOptions = new DataOptions();

    @Parameters(index = "0", arity = "0..1", paramLabel = "QUESTION", description = "The question.")
    String question;

    @Option(names = "--batch", paramLabel = "QUESTIONS.jsonl",
            description = "Lines {\"id\": …, \"question\": …}; prints {\"id\", \"answer\", \"abstained\", \"citations\"} per line.")
    Path batch;

    @Option(names = "--json", description = "Print the answer as JSON.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        if ((question == null) == (batch == null)) {
            throw new EsipMain.UsageError("give either a QUESTION or --batch FILE.jsonl");
        }
        try (LawKnowledgeBase kb = KnowledgeBases.open(dataOptions)) {
            if (!kb.hasIndex()) {
                throw new EsipMain.UsageError("no law index in " + kb.indexPath() + " (run: esip import --corpus DIR)");
            }
            if (batch != null) {
                return runBatch(kb);
            }
            QaAnswer a;
            try {
                a = kb.ask(question);
            } catch (IllegalArgumentException e) {
                throw new EsipMain.UsageError(e.getMessage());
            }
            if (json) {
                System.out.println(Json.line(a));
            } else {
                System.out.println(a.answer());
                a.citations().forEach(c -> System.out.println((a.abstained() ? "  nearest: " : "  — ") + c.title() + " "
                        + c.article() + " (" + c.provisionCode() + ")" + (a.abstained() ? "：" + c.quote() : "")));
            }
        }
        return 0;
    }

    private int runBatch(LawKnowledgeBase kb) throws IOException {
        JsonLinesBatch.run(batch, (n, out) -> {
            if (!n.hasNonNull("question") || !n.get("question").isTextual()) {
                throw new IllegalArgumentException("each line needs a text \"question\"");
            }
            QaAnswer a = kb.ask(n.get("question").asText());
            out.put("answer", a.answer());
            out.put("abstained", a.abstained());
            out.put("confidence", a.confidence());
            out.put("citations", a.citations());
        });
        return 0;
    }
}
