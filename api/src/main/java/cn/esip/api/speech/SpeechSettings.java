package cn.esip.api.speech;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Speech limits and model selection ({@code esip.speech.*}).
 *
 * @param modelDir          Vosk model directory overriding the registry (default {@code $ESIP_VOSK_MODEL})
 * @param model             registry id of the Vosk model (default {@code $ESIP_VOSK_MODEL_ID}, else automatic)
 * @param maxUploadBytes    largest upload for transcription
 * @param maxDurationSeconds longest recording accepted
 * @param syncMaxSeconds    recordings up to this long are answered directly; longer ones become jobs
 * @param workers           transcription jobs run at once
 * @param maxQueuedJobs     jobs waiting beyond the running ones before new ones are refused (503)
 * @param jobRetentionMinutes how long finished jobs and their results are kept
 * @param streamMaxSeconds  longest live stream over the WebSocket
 */
@ConfigurationProperties(prefix = "esip.speech")
public record SpeechSettings(String modelDir, String model, Long maxUploadBytes, Double maxDurationSeconds,
                             Double syncMaxSeconds, Integer workers, Integer maxQueuedJobs, Integer jobRetentionMinutes,
                             Double streamMaxSeconds) {

    public SpeechSettings {
        modelDir = modelDir != null ? modelDir : System.getenv("ESIP_VOSK_MODEL");
        model = model != null ? model : System.getenv("ESIP_VOSK_MODEL_ID");
        maxUploadBytes = maxUploadBytes != null ? maxUploadBytes : 50L << 20;
        maxDurationSeconds = maxDurationSeconds != null ? maxDurationSeconds : 4 * 3600.0;
        syncMaxSeconds = syncMaxSeconds != null ? syncMaxSeconds : 60.0;
        workers = workers != null ? workers : 1;
        maxQueuedJobs = maxQueuedJobs != null ? maxQueuedJobs : 8;
        jobRetentionMinutes = jobRetentionMinutes != null ? jobRetentionMinutes : 60;
        streamMaxSeconds = streamMaxSeconds != null ? streamMaxSeconds : 3600.0;
    }
}
