package cn.esip.api.ocr;

import cn.esip.api.web.ProblemAdvice;
import cn.esip.ocr.ImageAnalyzer;
import cn.esip.ocr.OcrOptions;
import cn.esip.ocr.engine.EngineUnavailableException;
import cn.esip.ocr.engine.OcrTimeoutException;
import cn.esip.ocr.input.ImageInputException;
import cn.esip.ocr.model.OcrDocument;
import cn.esip.ocr.preprocess.PreprocessOptions;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.util.concurrent.Semaphore;

/**
 * REST endpoints of the image service: OCR of an uploaded scan or PDF, and the visual checks
 * (seals, signatures, page type). Errors are application/problem+json.
 */
@RestController
@RequestMapping("/api/v1")
public class OcrController {

    private final ImageServices services;
    private final Semaphore slots;

    public OcrController(ImageServices services, @Value("${esip.ocr.max-concurrent:4}") int maxConcurrent) {
        this.services = services;
        this.slots = new Semaphore(maxConcurrent);
    }

    /** Text with blocks, lines, boxes and confidences of every page. */
    @PostMapping(path = "/ocr", consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    public OcrDocument ocr(@RequestPart("file") MultipartFile file,
                           @RequestParam(name = "lang", required = false) String lang,
                           @RequestParam(name = "preprocess", required = false) String preprocess) throws IOException {
        byte[] data = read(file);
        OcrOptions o = new OcrOptions(lang, PreprocessOptions.parse(preprocess));
        return limited(() -> services.ocr().recognize(data, o));
    }

    /** Seals, signatures and page type of every page. */
    @PostMapping(path = "/images/analyze", consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    public ImageAnalyzer.Report analyze(@RequestPart("file") MultipartFile file,
                                        @RequestParam(name = "lang", required = false) String lang) throws IOException {
        byte[] data = read(file);
        OcrOptions o = new OcrOptions(lang, PreprocessOptions.defaults());
        return limited(() -> services.analyzer().analyze(data, o, p -> { }));
    }

    private byte[] read(MultipartFile file) throws IOException {
        if (file.getSize() > services.limits().maxBytes()) {
            throw new ImageInputException(ImageInputException.Kind.TOO_LARGE, "file of " + file.getSize()
                    + " bytes exceeds the limit of " + services.limits().maxBytes() + " bytes");
        }
        return file.getBytes();
    }

    private <T> T limited(java.util.function.Supplier<T> work) {
        if (!slots.tryAcquire()) {
            throw new ProblemAdvice.UnavailableException("image service busy: too many files in progress; retry later");
        }
        try {
            return work.get();
        } catch (EngineUnavailableException e) {
            throw new ProblemAdvice.UnavailableException(e.getMessage());
        } finally {
            slots.release();
        }
    }

    @ExceptionHandler(ImageInputException.class)
    public ProblemDetail badImage(ImageInputException e) {
        HttpStatus status = switch (e.kind()) {
            case UNSUPPORTED -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
            case TOO_LARGE, TOO_MANY_PAGES -> HttpStatus.PAYLOAD_TOO_LARGE;
            case EMPTY, CORRUPT, ENCRYPTED -> HttpStatus.BAD_REQUEST;
        };
        ProblemDetail pd = ProblemAdvice.problem(status, "Unusable file", e.getMessage());
        pd.setProperty("reason", e.kind().name().toLowerCase());
        return pd;
    }

    @ExceptionHandler(OcrTimeoutException.class)
    public ProblemDetail timeout(OcrTimeoutException e) {
        return ProblemAdvice.problem(HttpStatus.SERVICE_UNAVAILABLE, "Time limit exceeded", e.getMessage());
    }

    @ExceptionHandler(EngineUnavailableException.class)
    public ProblemDetail unavailable(EngineUnavailableException e) {
        return ProblemAdvice.problem(HttpStatus.SERVICE_UNAVAILABLE, "Capability unavailable", e.getMessage());
    }
}
