package cn.esip.api.speech;

import cn.esip.speech.SpeechService;
import cn.esip.speech.asr.SpeechRecognizer;
import cn.esip.speech.asr.Utterance;
import cn.esip.speech.asr.Word;
import cn.esip.speech.audio.AudioDecoders;
import cn.esip.speech.audio.Pcm16k;
import cn.esip.speech.tts.EspeakSynthesizer;
import cn.esip.speech.tts.SynthesisOptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTTP transcription flow (direct answer, job with progress and result, cancellation) through the
 * real upload handling, decoder and pipeline. No Vosk model can be installed here, so the recogniser
 * is a stand-in that emits one word per 2 s of audio; the test is about the endpoints, not recognition.
 */
@SpringBootTest(classes = SpeechApiTest.App.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"esip.speech.sync-max-seconds=20", "esip.speech.model-dir=", "esip.speech.model="})
class SpeechTranscriptionApiTest {

    static {
        System.setProperty("org.springframework.boot.logging.LoggingSystem", "none");
    }

    /** One word ("检查") at the end of every 2 s of audio; sleeps 5 ms per 250 ms chunk so that jobs can be observed and cancelled. */
    static final SpeechRecognizer STAND_IN = new StandInRecognizer("stand-in", 5, (before, bytes) -> {
        if (bytes / (2 * Pcm16k.BYTES_PER_SECOND) > before / (2 * Pcm16k.BYTES_PER_SECOND)) {
            double end = Pcm16k.seconds(bytes);
            return Optional.of(new Utterance(end - 0.5, end, "检查", List.of(new Word("检查", end - 0.5, end, 0.75))));
        }
        return Optional.empty();
    });

    @TestBean(name = "speechService")
    SpeechService speechService;

    static SpeechService speechService() {
        return new SpeechService(STAND_IN, AudioDecoders.best(), new EspeakSynthesizer(), 4 * 3600);
    }

    @Autowired
    TestRestTemplate http;

    static byte[] speech(int sentences) {
        return new EspeakSynthesizer().synthesize("当事人对检查结果没有异议。".repeat(sentences), SynthesisOptions.defaults())
                .audio().toWav();
    }

    ResponseEntity<Map> upload(byte[] bytes, boolean async) {
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("file", new ByteArrayResource(bytes) {
            @Override
            public String getFilename() {
                return "interview.wav";
            }
        });
        HttpHeaders h = new HttpHeaders();
        h.setContentType(MediaType.MULTIPART_FORM_DATA);
        return http.postForEntity("/api/v1/speech/transcribe" + (async ? "?async=true" : ""), new HttpEntity<>(body, h), Map.class);
    }

    @Test
    @SuppressWarnings("unchecked")
    void shortRecordingsAreAnsweredDirectly() {
        ResponseEntity<Map> r = upload(speech(2), false); // ≈ 7 s
        assertThat(r.getStatusCode().value()).isEqualTo(200);
        Map<String, Object> t = r.getBody();
        assertThat(t.get("model")).isEqualTo("stand-in");
        assertThat((double) t.get("durationSeconds")).isBetween(5.0, 12.0);
        List<Map<String, Object>> segments = (List<Map<String, Object>>) t.get("segments");
        assertThat(segments).hasSize((int) ((double) t.get("durationSeconds") / 2));
        assertThat(segments.get(0)).containsEntry("text", "检查").containsEntry("speaker", "S1").containsKey("words");
        assertThat(((List<Map<String, Object>>) segments.get(0).get("words")).get(0)).containsEntry("confidence", 0.75);
        assertThat((List<?>) t.get("turns")).isNotEmpty();
    }

    @Test
    void longRecordingsBecomeJobsWithProgressAndResult() throws Exception {
        ResponseEntity<Map> r = upload(speech(8), false); // ≈ 30 s > sync limit of 20 s
        assertThat(r.getStatusCode().value()).isEqualTo(202);
        String id = (String) r.getBody().get("id");
        assertThat(r.getHeaders().getLocation()).isEqualTo(URI.create("/api/v1/speech/jobs/" + id));
        Map<?, ?> status = poll(id, "DONE");
        assertThat(status.get("progress")).isEqualTo(1.0);
        ResponseEntity<Map> result = http.getForEntity("/api/v1/speech/jobs/" + id + "/result", Map.class);
        assertThat(result.getStatusCode().value()).isEqualTo(200);
        assertThat((List<?>) result.getBody().get("segments")).hasSizeGreaterThan(10);
        assertThat(http.getForEntity("/api/v1/speech/jobs/nope", Map.class).getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void jobsCanBeCancelled() throws Exception {
        ResponseEntity<Map> r = upload(speech(60), true); // ≈ 3.5 min of audio, ~4 s of stand-in work
        assertThat(r.getStatusCode().value()).isEqualTo(202);
        String id = (String) r.getBody().get("id");
        ResponseEntity<Map> cancel = http.exchange(URI.create("/api/v1/speech/jobs/" + id), HttpMethod.DELETE, null, Map.class);
        assertThat(cancel.getStatusCode().value()).isEqualTo(202);
        poll(id, "CANCELLED");
        ResponseEntity<Map> result = http.getForEntity("/api/v1/speech/jobs/" + id + "/result", Map.class);
        assertThat(result.getStatusCode().value()).isEqualTo(409);
        assertThat((String) result.getBody().get("detail")).contains("cancelled");
    }

    private Map<?, ?> poll(String id, String state) throws InterruptedException {
        long end = System.currentTimeMillis() + 60_000;
        Map<?, ?> status = Map.of();
        while (System.currentTimeMillis() < end) {
            status = http.getForEntity("/api/v1/speech/jobs/" + id, Map.class).getBody();
            if (state.equals(status.get("state"))) {
                return status;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("job " + id + " did not reach " + state + ": " + status);
    }
}
