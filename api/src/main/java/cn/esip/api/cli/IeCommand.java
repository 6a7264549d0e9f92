package cn.esip.api.cli;

import cn.esip.models.AtomicFiles;
import cn.esip.models.ModelRegistry;
import cn.esip.nlp.cail.CailExtractor;
import cn.esip.nlp.cail.CailJson;
import cn.esip.nlp.cail.CailModels;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code esip ie --format cail --in FILE --out FILE}: CAIL2022-style extraction of JSON lines with the trained models. */
@Command(name = "ie", mixinStandardHelpOptions = true,
        description = "Extract CAIL2022 entities and relations from JSON lines (only sentText is read).")
public final class IeCommand implements Runnable {

    /** Longest sentText accepted, in characters. */
    static final int MAX_LINE = 20_000;

    @Option(names = "--format", defaultValue = "cail", description = "Input/output format (only: cail).")
    String format;

    @Option(names = "--in", required = true, paramLabel = "FILE", description = "Input JSON lines.")
    Path in;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Output JSON lines (written atomically).")
    Path out;

    @Option(names = "--ner", paramLabel = "ID", description = "Entity tagger: ner-cail-bge (default; more accurate, "
            + "runs the bge-small-zh encoder) or ner-cail (character features only, about 4x faster).")
    String ner;

    @Override
    public void run() {
        if (!"cail".equals(format)) {
            throw new EsipMain.UsageError("unknown format '" + format + "' (supported: cail)");
        }
        if (!Files.isRegularFile(in)) {
            throw new EsipMain.UsageError("input file not found: " + in);
        }
        CailExtractor extractor;
        try {
            extractor = ner == null ? CailModels.load(ModelRegistry.locate()) : CailModels.load(ModelRegistry.locate(), ner);
        } catch (IllegalArgumentException e) {
            throw new EsipMain.UsageError(e.getMessage());
        } catch (IllegalStateException e) {
            throw new IllegalStateException(e.getMessage()
                    + " (train it with ./esip models train ner-cail-bge / ner-cail / re-cail)");
        }
        int[] n = {0};
        long t0 = System.nanoTime();
        try {
            AtomicFiles.write(out, o -> {
                BufferedWriter w = new BufferedWriter(new OutputStreamWriter(o, StandardCharsets.UTF_8));
                CailJson.forEach(in, (no, s) -> {
                    if (s.text().length() > MAX_LINE) {
                        throw new EsipMain.UsageError(in + " line " + no + ": sentText longer than " + MAX_LINE
                                + " characters");
                    }
                    w.write(CailJson.format(extractor.extract(s.text()).toCail(s)));
                    w.newLine();
                    if (++n[0] % 500 == 0) {
                        System.err.printf("ie: %d lines%n", n[0]);
                    }
                });
                w.flush();
            });
        } catch (CailJson.BadLineException e) {
            throw new EsipMain.UsageError(e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot convert " + in + " into " + out + ": " + e.getMessage(), e);
        }
        System.err.printf("ie: %d lines in %.1f s -> %s%n", n[0], (System.nanoTime() - t0) / 1e9, out);
    }
}
