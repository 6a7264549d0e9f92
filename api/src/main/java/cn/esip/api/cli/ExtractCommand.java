package cn.esip.api.cli;

import cn.esip.models.ModelRegistry;
import cn.esip.nlp.service.NlpService;
import cn.esip.api.nlp.LazyNlpService;
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

/** {@code esip extract FILE|-}: full NLP extraction of a text document, as JSON on stdout. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract entities, relations, document type, domain and the penalty-decision frame of a "
                + "document, as JSON: UTF-8 text, or a scan/PDF (PNG, JPEG, TIFF, PDF) read through OCR first.")
public final class ExtractCommand implements Runnable {

    @Parameters(index = "0", paramLabel = "FILE|-", description = "Text, image or PDF file, or - for stdin.")
    String file;

    @picocli.CommandLine.Mixin
    DataOptions data = new DataOptions();

    @picocli.CommandLine.Option(names = "--annotators", split = ",", paramLabel = "NAME[,NAME...]",
            defaultValue = "${ESIP_NLP_ANNOTATORS:-}",
            description = "Run only these annotators and what they need, like the server's esip.nlp.annotators "
                    + "(normalize, sentences, tokens, patterns, law-citations, named-entities, entity-relations, document-type, "
                    + "domain, penalty-decision; default: all).")
    java.util.List<String> annotators = new java.util.ArrayList<>();

    @Override
    public void run() {
        String text = read();
        try (cn.esip.kg.service.LawKnowledgeBase kb = KnowledgeBases.open(data)) {
            if (!kb.hasIndex()) {
                System.err.println("esip: no law index in " + data.data + ": citations are not resolved (run ./esip import)");
            }
            // the same service, resolver and legal terms as the REST API's
            LazyNlpService nlp;
            try {
                nlp = new LazyNlpService(ModelRegistry.locate(), kb.provisionResolver(), kb.legalTerms(), annotators);
            } catch (IllegalArgumentException e) {
                throw new EsipMain.UsageError(e.getMessage());
            }
            print(nlp.get(), text);
        }
    }

    private static void print(NlpService svc, String text) {
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
        long maxBytes = Math.max(NlpService.MAX_TEXT * 4L, cn.esip.ocr.input.InputLimits.defaults().maxBytes());
        byte[] bytes;
        try {
            if (file.equals("-")) {
                try (InputStream in = System.in) {
                    bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                }
            } else {
                Path p = Path.of(file);
                if (!Files.isRegularFile(p)) {
                    throw new EsipMain.UsageError("file not found: " + file);
                }
                if (Files.size(p) > maxBytes) {
                    throw new EsipMain.UsageError(file + " is larger than the limit of " + maxBytes + " bytes");
                }
                bytes = Files.readAllBytes(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        if (bytes.length > maxBytes) {
            throw new EsipMain.UsageError("input is larger than the limit of " + maxBytes + " bytes");
        }
        String text = isScan(bytes) ? ocr(bytes) : decodeText(bytes);
        if (text.length() > NlpService.MAX_TEXT) {
            throw new EsipMain.UsageError("text is longer than the limit of " + NlpService.MAX_TEXT + " characters");
        }
        if (text.isBlank()) {
            throw new EsipMain.UsageError("no text in " + file);
        }
        return text;
    }

    /** The bytes as UTF-8 text, refusing binary data that is neither text nor a supported scan. */
    private String decodeText(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new EsipMain.UsageError(file + ": neither UTF-8 text nor a PNG, JPEG, TIFF or PDF file");
        }
        long control = text.chars().filter(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f').count();
        if (control > 0 && control * 100 > text.length()) {
            throw new EsipMain.UsageError(file + ": binary data, neither text nor a PNG, JPEG, TIFF or PDF file");
        }
        return text;
    }

    /** True when the bytes are an image or PDF the image service reads (recognised from content, not name). */
    private static boolean isScan(byte[] bytes) {
        try {
            cn.esip.ocr.input.ImageFormat.detect(bytes);
            return true;
        } catch (cn.esip.ocr.input.ImageInputException e) {
            return false;
        }
    }

    /** The text of a scan or PDF: PDF text layer where there is one, OCR elsewhere. */
    private String ocr(byte[] bytes) {
        try (cn.esip.api.ocr.ImageServices s = cn.esip.api.ocr.ImageServices.withTimeout(java.time.Duration.ofMinutes(10))) {
            cn.esip.ocr.model.OcrDocument d = s.ocr().recognize(bytes,
                    cn.esip.ocr.OcrOptions.defaults(),
                    page -> System.err.printf("esip extract: OCR page %d done%n", page));
            System.err.printf("esip extract: %s with %d page(s) read through OCR/text layer%n", d.format(), d.pages().size());
            return d.text();
        } catch (cn.esip.ocr.input.ImageInputException e) {
            throw new EsipMain.UsageError(file + ": " + e.getMessage());
        }
    }
}
