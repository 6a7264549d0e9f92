package cn.esip.api.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Masks the JSON results of the services that carry personal data — NLP entities and extraction, OCR
 * text, transcripts, review reports — for callers without the {@code pii} scope. HTML and PDF reports are
 * masked by their controller before rendering.
 */
@RestControllerAdvice(basePackages = {"cn.esip.api.nlp", "cn.esip.api.ocr", "cn.esip.api.speech", "cn.esip.api.review"})
public class PiiMaskingAdvice implements ResponseBodyAdvice<Object> {

    private final PiiMasking masking;
    private final ObjectMapper json;

    public PiiMaskingAdvice(PiiMasking masking, ObjectMapper json) {
        this.masking = masking;
        this.json = json;
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return MappingJackson2HttpMessageConverter.class.isAssignableFrom(converterType);
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
                                  Class<? extends HttpMessageConverter<?>> converterType,
                                  ServerHttpRequest request, ServerHttpResponse response) {
        if (body == null || body instanceof ProblemDetail || masking.unmaskedAllowed()) {
            return body;
        }
        JsonNode tree = body instanceof JsonNode j ? j.deepCopy() : json.valueToTree(body);
        return masking.mask(tree);
    }
}
