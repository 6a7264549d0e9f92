package cn.esip.api.speech;

import cn.esip.models.ModelRegistry;
import cn.esip.speech.SpeechService;
import cn.esip.speech.SpeechUnavailableException;
import cn.esip.speech.asr.RecognitionSession;
import cn.esip.speech.asr.Utterance;
import com.fasterxml.jackson.core.JsonProcessingException;
import org.springframework.web.socket.BinaryMessage;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.AbstractWebSocketHandler;
import org.springframework.web.util.UriComponentsBuilder;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Live recognition over {@code /api/v1/speech/stream}: binary frames of 16-bit little-endian mono PCM
 * in (rate from the {@code sampleRate} query parameter, default 16000), JSON messages out:
 * {@code {"type":"partial","text":…}}, {@code {"type":"final","start":…,"end":…,"text":…,"words":[…]}},
 * and {@code {"type":"end","durationSeconds":…}} after the client sends the text message {@code EOF}.
 * Without a model the server sends {@code {"type":"error","status":503,…}} and closes with 4503 ("no speech model installed").
 */
public class SpeechStreamHandler extends AbstractWebSocketHandler {

    /**
     * Close status sent when no speech model is installed: 4503 (an application code mirroring HTTP 503;
     * 1013 "try again later" is rejected as a protocol error by some clients, Tomcat's among them).
     */
    public static final CloseStatus NO_MODEL = new CloseStatus(4503, "no speech model installed");

    private static final String RECOGNITION = "esip.recognition";
    private static final String STATE = "esip.state";

    private final SpeechService service;
    private final double maxSeconds;

    private final java.util.function.BiFunction<WebSocketSession, Map<String, Object>, Map<String, Object>> outgoing;

    public SpeechStreamHandler(SpeechService service, double maxSeconds) {
        this(service, maxSeconds, (s, m) -> m);
    }

    /** With a last step applied to every message before it is sent (the server masks personal data there). */
    public SpeechStreamHandler(SpeechService service, double maxSeconds,
                               java.util.function.BiFunction<WebSocketSession, Map<String, Object>, Map<String, Object>> outgoing) {
        this.service = service;
        this.maxSeconds = maxSeconds;
        this.outgoing = outgoing;
    }

    /** Per-connection counters. */
    private static final class State {
        final int sampleRate;
        long bytes;
        String lastPartial = "";

        State(int sampleRate) {
            this.sampleRate = sampleRate;
        }
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession session) throws Exception {
        session.setBinaryMessageSizeLimit(1 << 20);
        int rate;
        try {
            rate = sampleRate(session);
        } catch (IllegalArgumentException e) {
            fail(session, 400, "Bad request", e.getMessage(), CloseStatus.BAD_DATA.withReason("invalid sampleRate"));
            return;
        }
        try {
            String reason = service.recognitionUnavailableReason();
            if (reason != null) {
                throw new SpeechUnavailableException(reason);
            }
            RecognitionSession recognition = service.recognizer().newSession(rate);
            session.getAttributes().put(RECOGNITION, recognition);
            session.getAttributes().put(STATE, new State(rate));
            send(session, message("type", "ready", "sampleRate", rate, "model", service.recognizer().modelId()));
        } catch (SpeechUnavailableException e) {
            fail(session, 503, "Capability unavailable", e.getMessage(), NO_MODEL);
        }
    }

    private static int sampleRate(WebSocketSession session) {
        if (session.getUri() == null) {
            return 16_000;
        }
        String v = UriComponentsBuilder.fromUri(session.getUri()).build().getQueryParams().getFirst("sampleRate");
        if (v == null) {
            return 16_000;
        }
        try {
            int r = Integer.parseInt(v);
            if (r < 8000 || r > 48000) {
                throw new IllegalArgumentException("sampleRate must be 8000–48000 Hz, got " + r);
            }
            return r;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("sampleRate is not a number: " + v);
        }
    }

    @Override
    protected void handleBinaryMessage(WebSocketSession session, BinaryMessage message) throws Exception {
        RecognitionSession recognition = (RecognitionSession) session.getAttributes().get(RECOGNITION);
        State state = (State) session.getAttributes().get(STATE);
        if (recognition == null) {
            return;
        }
        ByteBuffer payload = message.getPayload();
        byte[] pcm = new byte[payload.remaining()];
        payload.get(pcm);
        if (pcm.length % 2 != 0) {
            fail(session, 400, "Bad request", "PCM frames must hold whole 16-bit samples (even byte count)", CloseStatus.BAD_DATA);
            return;
        }
        state.bytes += pcm.length;
        if (state.bytes / 2.0 / state.sampleRate > maxSeconds) {
            fail(session, 400, "Bad request", String.format("the stream is longer than the limit of %.0f s", maxSeconds),
                    CloseStatus.POLICY_VIOLATION.withReason("stream too long"));
            return;
        }
        Optional<Utterance> done = recognition.accept(pcm, pcm.length);
        if (done.isPresent()) {
            send(session, finalMessage(done.get()));
            state.lastPartial = "";
        } else {
            String partial = recognition.partial();
            if (!partial.equals(state.lastPartial)) {
                state.lastPartial = partial;
                send(session, message("type", "partial", "text", partial));
            }
        }
    }

    @Override
    protected void handleTextMessage(WebSocketSession session, TextMessage message) throws Exception {
        RecognitionSession recognition = (RecognitionSession) session.getAttributes().get(RECOGNITION);
        String text = message.getPayload().strip();
        if (recognition == null) {
            return;
        }
        if (text.equalsIgnoreCase("EOF") || text.replace(" ", "").equals("{\"eof\":true}")) {
            Optional<Utterance> last = recognition.finish();
            if (last.isPresent()) {
                send(session, finalMessage(last.get()));
            }
            State state = (State) session.getAttributes().get(STATE);
            send(session, message("type", "end", "durationSeconds", state.bytes / 2.0 / state.sampleRate));
            session.close(CloseStatus.NORMAL);
        } else {
            send(session, problem(400, "Bad request", "send binary PCM frames, then the text message EOF"));
        }
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
        Object recognition = session.getAttributes().remove(RECOGNITION);
        if (recognition instanceof RecognitionSession r) {
            r.close();
        }
    }

    /** A message with its keys in the given order ("type" first). */
    private static Map<String, Object> message(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    private static Map<String, Object> finalMessage(Utterance u) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", "final");
        m.put("start", u.start());
        m.put("end", u.end());
        m.put("text", u.text());
        m.put("words", u.words());
        return m;
    }

    private static Map<String, Object> problem(int status, String title, String detail) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", "error");
        m.put("status", status);
        m.put("title", title);
        m.put("detail", detail);
        return m;
    }

    private void fail(WebSocketSession session, int status, String title, String detail, CloseStatus close) throws IOException {
        send(session, problem(status, title, detail));
        session.close(close);
    }

    private void send(WebSocketSession session, Map<String, Object> message) throws IOException {
        try {
            session.sendMessage(new TextMessage(ModelRegistry.json().writer().without(
                    com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT).writeValueAsString(outgoing.apply(session, message))));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
