package cn.esip.api.cli;

import cn.esip.supervision.rules.Rule;
import cn.esip.supervision.rules.RuleSet;
import cn.esip.supervision.rules.RuleSetException;
import cn.esip.supervision.rules.RuleSets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code esip rules list|show NAME@VERSION|check FILE}: the review rule sets (评查标准). */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "Review rule sets: list them, show one, or check a rule file (the line of each problem is named).",
        subcommands = {RulesCommand.ListRules.class, RulesCommand.Show.class, RulesCommand.CheckFile.class})
public final class RulesCommand implements Runnable {

    @Override
    public void run() {
        throw new EsipMain.UsageError("say list, show NAME@VERSION or check FILE");
    }

    static RuleSets sets(Path dir) {
        try {
            return new RuleSets(dir);
        } catch (RuleSetException e) {
            throw new EsipMain.UsageError(e.getMessage());
        }
    }

    /** Lists the rule sets. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the rule sets.")
    static final class ListRules implements Runnable {
        @Option(names = "--rules-dir", paramLabel = "DIR")
        Path dir;

        public void run() {
            for (RuleSet s : sets(dir).all()) {
                System.out.printf("%s\t%d rules\t%s\t%s%n", s.id(), s.rules().size(), s.title(), s.source());
            }
        }
    }

    /** Shows one rule set, rule by rule. */
    @Command(name = "show", mixinStandardHelpOptions = true, description = "Show a rule set.")
    static final class Show implements Runnable {
        @Parameters(paramLabel = "NAME@VERSION")
        String id;
        @Option(names = "--rules-dir", paramLabel = "DIR")
        Path dir;

        public void run() {
            RuleSet s;
            try {
                s = sets(dir).get(id);
            } catch (RuleSetException e) {
                throw new EsipMain.UsageError(e.getMessage());
            }
            System.out.printf("%s  %s  (total %.0f; grades %s; veto → %s)%n", s.id(), s.title(), s.total(), s.grades(), s.vetoGrade());
            for (Rule r : s.rules()) {
                System.out.printf("%-8s %-22s %-6s %4.1f%s  %s  %s%n", r.id(), r.kind().code(), r.category(), r.points(),
                        r.veto() ? " 否决" : "", r.check(), r.message());
            }
        }
    }

    /** Validates a rule file. */
    @Command(name = "check", mixinStandardHelpOptions = true, description = "Validate a rule file (YAML or JSON).")
    static final class CheckFile implements Callable<Integer> {
        @Parameters(paramLabel = "FILE")
        Path file;
        @Option(names = "--rules-dir", paramLabel = "DIR")
        Path dir;

        public Integer call() {
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new EsipMain.UsageError("cannot read " + file + ": " + e.getMessage());
            }
            try {
                RuleSet s = sets(dir).loader().load(text, file.toString());
                System.out.printf("%s: ok — %s, %d rules%n", file, s.id(), s.rules().size());
                return 0;
            } catch (RuleSetException e) {
                throw new EsipMain.UsageError(e.getMessage());
            }
        }
    }
}
