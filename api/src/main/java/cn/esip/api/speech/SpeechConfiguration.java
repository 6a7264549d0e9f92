package cn.esip.api.speech;

import cn.esip.models.ModelRegistry;
import cn.esip.speech.SpeechService;
import cn.esip.speech.asr.SpeechModels;
import cn.esip.speech.audio.AudioDecoders;
import cn.esip.speech.tts.EspeakSynthesizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;

import java.nio.file.Paths;

/**
 * Wires the speech service: the Vosk model is found at startup but loaded only on first use, so a
 * missing model costs nothing and only the speech endpoints answer 503.
 */
@Configuration
@EnableWebSocket
@EnableConfigurationProperties(SpeechSettings.class)
public class SpeechConfiguration implements WebSocketConfigurer {

    private final SpeechSettings settings;
    private final String modelsHome;

    private final org.springframework.beans.factory.ObjectProvider<cn.esip.api.privacy.PiiMasking> masking;

    public SpeechConfiguration(SpeechSettings settings, @Value("${esip.models:}") String modelsHome,
                               org.springframework.beans.factory.ObjectProvider<cn.esip.api.privacy.PiiMasking> masking) {
        this.masking = masking;
        this.settings = settings;
        this.modelsHome = modelsHome;
    }

    @Bean(destroyMethod = "close")
    public SpeechService speechService() {
        ModelRegistry registry = modelsHome.isBlank() ? ModelRegistry.locate() : ModelRegistry.open(Paths.get(modelsHome));
        return new SpeechService(new SpeechModels(registry, settings.modelDir(), settings.model()), AudioDecoders.best(),
                new EspeakSynthesizer(), settings.maxDurationSeconds());
    }

    @Bean(destroyMethod = "close")
    public TranscriptionJobs transcriptionJobs() {
        return new TranscriptionJobs(settings.workers(), settings.maxQueuedJobs(), settings.jobRetentionMinutes());
    }

    @Bean
    public SpeechStreamHandler speechStreamHandler(SpeechService speechService) {
        // transcripts streamed to a caller without the pii scope are masked like every other result
        return new SpeechStreamHandler(speechService, settings.streamMaxSeconds(), (session, message) -> {
            cn.esip.api.privacy.PiiMasking m = masking.getIfAvailable();
            return m == null ? message : m.forPrincipal(session.getPrincipal(), message);
        });
    }

    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        registry.addHandler(speechStreamHandler(speechService()), "/api/v1/speech/stream");
    }
}
