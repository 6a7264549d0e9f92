package cn.esip.api.speech;

import cn.esip.speech.SpeechService;
import cn.esip.speech.asr.RecognitionSession;
import cn.esip.speech.asr.SpeechRecognizer;
import cn.esip.speech.asr.Utterance;
import cn.esip.speech.asr.Word;
import cn.esip.speech.audio.AudioDecoders;
import cn.esip.speech.tts.EspeakSynthesizer;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.web.socket.BinaryMessage;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketMessage;
import org.springframework.web.socket.WebSocketSession;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The live-stream protocol (ready, partial, final, end, limits) with a stand-in recogniser that ends
 * an utterance every 4 frames; the model-less path over a real socket is in {@link SpeechApiTest}.
 */
class SpeechStreamHandlerTest {

    static final class CountingRecognizer implements SpeechRecognizer {
        long bytes;
        int frames;
        boolean closed;

        @Override
        public String modelId() {
            return "stand-in";
        }

        @Override
        public RecognitionSession newSession(float rate) {
            return new RecognitionSession() {
                @Override
                public Optional<Utterance> accept(byte[] pcm, int len) {
                    bytes += len;
                    frames++;
                    if (frames % 4 == 0) {
                        return Optional.of(new Utterance(0, 1, "检查", List.of(new Word("检查", 0.1, 0.9, 0.8))));
                    }
                    return Optional.empty();
                }

                @Override
                public String partial() {
                    return "检".repeat(frames % 4);
                }

                @Override
                public Optional<Utterance> finish() {
                    return Optional.of(new Utterance(1, 2, "完毕", List.of()));
                }

                @Override
                public void close() {
                    closed = true;
                }
            };
        }

        @Override
        public void close() {
        }
    }

    static WebSocketSession session(String query) {
        WebSocketSession s = mock(WebSocketSession.class);
        Map<String, Object> attrs = new HashMap<>();
        when(s.getAttributes()).thenReturn(attrs);
        when(s.getUri()).thenReturn(URI.create("ws://localhost/api/v1/speech/stream" + query));
        return s;
    }

    static List<String> sent(WebSocketSession s) throws Exception {
        ArgumentCaptor<WebSocketMessage<?>> c = ArgumentCaptor.forClass(WebSocketMessage.class);
        verify(s, atLeastOnce()).sendMessage(c.capture());
        List<String> out = new ArrayList<>();
        for (WebSocketMessage<?> m : c.getAllValues()) {
            out.add(((TextMessage) m).getPayload());
        }
        return out;
    }

    @Test
    void partialsFinalsAndEnd() throws Exception {
        CountingRecognizer rec = new CountingRecognizer();
        SpeechStreamHandler h = new SpeechStreamHandler(new SpeechService(rec, AudioDecoders.best(), new EspeakSynthesizer(), 60), 60);
        WebSocketSession s = session("?sampleRate=8000");
        h.afterConnectionEstablished(s);
        for (int i = 0; i < 4; i++) {
            h.handleMessage(s, new BinaryMessage(new byte[1600]));
        }
        h.handleMessage(s, new TextMessage("EOF"));
        verify(s).close(CloseStatus.NORMAL);
        h.afterConnectionClosed(s, CloseStatus.NORMAL);
        List<String> msgs = sent(s);
        assertThat(msgs.get(0)).contains("\"type\":\"ready\"").contains("\"sampleRate\":8000").contains("stand-in");
        assertThat(msgs.get(1)).isEqualTo("{\"type\":\"partial\",\"text\":\"检\"}");
        assertThat(msgs).anyMatch(m -> m.startsWith("{\"type\":\"final\"") && m.contains("\"text\":\"检查\"")
                && m.contains("\"confidence\":0.8"));
        assertThat(msgs).anyMatch(m -> m.contains("\"text\":\"完毕\""));
        assertThat(msgs.get(msgs.size() - 1)).contains("\"type\":\"end\"").contains("\"durationSeconds\":0.4");
        assertThat(rec.bytes).isEqualTo(6400);
        assertThat(rec.closed).isTrue();
    }

    @Test
    void oddFramesBadRatesAndOverlongStreamsAreRefused() throws Exception {
        SpeechStreamHandler h = new SpeechStreamHandler(
                new SpeechService(new CountingRecognizer(), AudioDecoders.best(), new EspeakSynthesizer(), 60), 0.1);
        WebSocketSession bad = session("?sampleRate=abc");
        h.afterConnectionEstablished(bad);
        assertThat(sent(bad).get(0)).contains("\"status\":400").contains("sampleRate");

        WebSocketSession odd = session("");
        h.afterConnectionEstablished(odd);
        h.handleMessage(odd, new BinaryMessage(new byte[3]));
        assertThat(sent(odd)).anyMatch(m -> m.contains("even byte count"));
        verify(odd).close(CloseStatus.BAD_DATA);

        WebSocketSession tooLong = session("");
        h.afterConnectionEstablished(tooLong);
        h.handleMessage(tooLong, new BinaryMessage(new byte[32000])); // 1 s > 0.1 s limit
        assertThat(sent(tooLong)).anyMatch(m -> m.contains("longer than the limit"));
    }
}
