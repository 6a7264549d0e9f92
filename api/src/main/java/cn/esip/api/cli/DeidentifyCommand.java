package cn.esip.api.cli;

import cn.esip.nlp.privacy.Deidentifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code esip deidentify FILE}: prints the text of a UTF-8 file with its personal data masked. */
@Command(name = "deidentify", mixinStandardHelpOptions = true,
        description = "Print a UTF-8 text file with personal data masked (GB/T 37964); '-' reads stdin.")
public final class DeidentifyCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE")
    String file;

    @Override
    public Integer call() throws IOException {
        String text;
        if ("-".equals(file)) {
            text = new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
        } else {
            Path p = Path.of(file);
            if (!Files.isRegularFile(p)) {
                throw new EsipMain.UsageError("no such file: " + file);
            }
            if (Files.size(p) > 20_000_000) {
                throw new EsipMain.UsageError(file + " is larger than 20 MB");
            }
            text = Files.readString(p, StandardCharsets.UTF_8);
        }
        System.out.print(new Deidentifier().mask(text));
        return 0;
    }
}
