package cn.esip.api.cli;

import cn.esip.models.ModelRegistry;
import cn.esip.nlp.service.NlpService;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/** {@code esip extract FILE|-}: full NLP extraction of a text document, as JSON on stdout. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract entities, relations, document type, domain and the penalty-decision frame of a "
                + "text document (UTF-8), as JSON. Images and PDFs: OCR is not wired into this command yet.")
public final class ExtractCommand implements Runnable {

    private static final Set<String> NOT_TEXT = Set.of("pdf", "png", "jpg", "jpeg", "tif", "tiff", "bmp", "gif");

    @Parameters(index = "0", paramLabel = "FILE|-", description = "Text file, or - for stdin.")
    String file;

    @Override
    public void run() {
        String text = read();
        NlpService svc = NlpServices.fromRegistry(ModelRegistry.locate()).build();
        try {
            ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            System.out.println(json.writeValueAsString(svc.extract(text)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException e) {
            throw new EsipMain.UsageError(e.getMessage());
        }
    }

    private String read() {
        byte[] bytes;
        try {
            if (file.equals("-")) {
                try (InputStream in = System.in) {
                    bytes = in.readNBytes(NlpService.MAX_TEXT * 4 + 1);
                }
            } else {
                Path p = Path.of(file);
                String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
                String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
                if (NOT_TEXT.contains(ext)) {
                    throw new EsipMain.UsageError(file + ": images and PDFs need OCR, which is not wired into "
                            + "'esip extract' yet; give the document's text");
                }
                if (!Files.isRegularFile(p)) {
                    throw new EsipMain.UsageError("file not found: " + file);
                }
                if (Files.size(p) > NlpService.MAX_TEXT * 4L) {
                    throw new EsipMain.UsageError(file + " is larger than the limit of " + NlpService.MAX_TEXT + " characters");
                }
                bytes = Files.readAllBytes(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.length() > NlpService.MAX_TEXT) {
            throw new EsipMain.UsageError("text is longer than the limit of " + NlpService.MAX_TEXT + " characters");
        }
        if (text.isBlank()) {
            throw new EsipMain.UsageError("no text in " + file);
        }
        return text;
    }
}
