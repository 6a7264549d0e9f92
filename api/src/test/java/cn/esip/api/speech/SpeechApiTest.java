package cn.esip.api.speech;

import cn.esip.api.web.ProblemAdvice;
import cn.esip.speech.tts.EspeakSynthesizer;
import cn.esip.speech.tts.SynthesisOptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.handler.TextWebSocketHandler;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The speech endpoints on a models home without any installed speech model: recognition answers
 * 503 problem+json, bad uploads 400/415, synthesis works (it does not need a Vosk model).
 */
@SpringBootTest(classes = SpeechApiTest.App.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SpeechApiTest {

    /** Only the speech slice of the application (the test is about it). */
    @SpringBootConfiguration
    @EnableAutoConfiguration(exclude = {org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration.class,
            org.springframework.boot.actuate.autoconfigure.security.servlet.ManagementWebSecurityAutoConfiguration.class,
            org.springframework.boot.autoconfigure.security.oauth2.resource.servlet.OAuth2ResourceServerAutoConfiguration.class})
    @Import({SpeechConfiguration.class, SpeechController.class, SpeechProblemAdvice.class, ProblemAdvice.class})
    static class App {
    }

    static {
        // neo4j-slf4j-provider (via knowledge-graph) competes with Logback as SLF4J provider and makes Spring
        // Boot's Logback setup fail; logging is not what this test is about
        System.setProperty("org.springframework.boot.logging.LoggingSystem", "none");
    }

    static final Path HOME = emptyModelsHome();

    static Path emptyModelsHome() {
        try {
            Path home = Files.createTempDirectory("esip-models-");
            Path catalog = Files.createDirectories(home.resolve("catalog"));
            for (String id : new String[]{"vosk-model-small-cn-0.22", "vosk-model-cn-0.22"}) {
                Files.copy(Path.of("../models/catalog/" + id + ".json"), catalog.resolve(id + ".json"));
            }
            return home;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry r) {
        r.add("esip.models", HOME::toString);
        r.add("esip.speech.model-dir", () -> "");
        r.add("esip.speech.model", () -> "");
    }

    @Autowired
    TestRestTemplate http;
    @LocalServerPort
    int port;

    static byte[] speechWav() {
        return new EspeakSynthesizer().synthesize("执法人员依法进行现场检查。", SynthesisOptions.defaults()).audio().toWav();
    }

    ResponseEntity<Map> upload(byte[] bytes, String name) {
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("file", new ByteArrayResource(bytes) {
            @Override
            public String getFilename() {
                return name;
            }
        });
        HttpHeaders h = new HttpHeaders();
        h.setContentType(MediaType.MULTIPART_FORM_DATA);
        return http.postForEntity("/api/v1/speech/transcribe", new HttpEntity<>(body, h), Map.class);
    }

    static void assertProblem(ResponseEntity<Map> r, int status, String detailPart) {
        assertThat(r.getStatusCode().value()).as(String.valueOf(r.getBody())).isEqualTo(status);
        assertThat(r.getHeaders().getContentType()).isNotNull();
        assertThat(r.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        assertThat((String) r.getBody().get("detail")).contains(detailPart);
        assertThat(r.getBody().get("status")).isEqualTo(status);
    }

    @Test
    void recognitionWithoutAModelIs503WithAClearMessage() {
        assertProblem(upload(speechWav(), "speech.wav"), 503, "no speech model installed");
        assertProblem(http.getForEntity("/api/v1/speech/jobs/abc", Map.class), 503, "alphacephei.com/vosk/models");
        assertProblem(http.getForEntity("/api/v1/speech/jobs/abc/result", Map.class), 503, "no speech model installed");
        assertProblem(http.exchange(URI.create("/api/v1/speech/jobs/abc"), org.springframework.http.HttpMethod.DELETE,
                null, Map.class), 503, "no speech model installed");
    }

    @Test
    void nonAudioIs415AndCorruptAudioIs400() {
        assertProblem(upload("这不是音频".getBytes(java.nio.charset.StandardCharsets.UTF_8), "x.wav"), 415, "not a supported audio format");
        byte[] wav = speechWav();
        byte[] corrupt = new byte[4000];
        new java.util.Random(5).nextBytes(corrupt);
        System.arraycopy(wav, 0, corrupt, 0, 12); // RIFF....WAVE header, garbage after
        assertProblem(upload(corrupt, "bad.wav"), 400, "corrupt");
        assertProblem(upload(new byte[0], "empty.wav"), 400, "empty");
    }

    @Test
    void synthesisReturnsWav() {
        ResponseEntity<byte[]> r = http.postForEntity("/api/v1/speech/synthesize",
                Map.of("text", "当事人对检查结果没有异议。请你签字。", "rate", 160), byte[].class);
        assertThat(r.getStatusCode().value()).isEqualTo(200);
        assertThat(r.getHeaders().getContentType().toString()).isEqualTo("audio/wav");
        assertThat(new String(r.getBody(), 0, 4)).isEqualTo("RIFF");
        assertThat(Double.parseDouble(r.getHeaders().getFirst("X-Audio-Duration-Seconds"))).isGreaterThan(1.0);
        assertThat(r.getHeaders().getFirst("X-Sentences")).isEqualTo("2");
        assertProblem(http.postForEntity("/api/v1/speech/synthesize", Map.of("text", "你好", "voice", "nope"), Map.class),
                400, "no voice 'nope'");
        assertProblem(http.postForEntity("/api/v1/speech/synthesize", Map.of("text", " "), Map.class), 400, "empty");
        assertProblem(http.postForEntity("/api/v1/speech/synthesize", Map.of("text", "你好", "rate", 5), Map.class), 400, "rate");
    }

    @Test
    void streamWithoutAModelSendsA503ErrorAndCloses() throws Exception {
        BlockingQueue<String> messages = new LinkedBlockingQueue<>();
        CompletableFuture<CloseStatus> closed = new CompletableFuture<>();
        WebSocketSession ws = new StandardWebSocketClient().execute(new TextWebSocketHandler() {
            @Override
            protected void handleTextMessage(WebSocketSession session, TextMessage message) {
                messages.add(message.getPayload());
            }

            @Override
            public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
                closed.complete(status);
            }
        }, "ws://localhost:" + port + "/api/v1/speech/stream?sampleRate=16000").get(10, TimeUnit.SECONDS);
        String first = messages.poll(10, TimeUnit.SECONDS);
        assertThat(first).contains("\"type\":\"error\"").contains("\"status\":503").contains("no speech model installed");
        CloseStatus status = closed.get(10, TimeUnit.SECONDS);
        assertThat(status.getCode()).isEqualTo(4503);
        assertThat(status.getReason()).isEqualTo("no speech model installed");
    }

    @Test
    void theRestOfThePlatformStillAnswers() {
        assertThat(http.getForEntity("/actuator/info", String.class).getStatusCode().value()).isEqualTo(200);
        assertThat(http.getForEntity("/v3/api-docs", String.class).getBody()).contains("/api/v1/speech/transcribe");
    }
}
