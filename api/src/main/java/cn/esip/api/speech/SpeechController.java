package cn.esip.api.speech;

import cn.esip.api.speech.SpeechProblemAdvice.JobNotReadyException;
import cn.esip.speech.CancellationToken;
import cn.esip.speech.ProgressListener;
import cn.esip.speech.SpeechService;
import cn.esip.speech.SpeechUnavailableException;
import cn.esip.speech.asr.Transcript;
import cn.esip.speech.audio.AudioInfo;
import cn.esip.speech.tts.SynthesisOptions;
import cn.esip.speech.tts.SynthesisResult;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** REST endpoints of the speech service: transcription (direct or as a job) and synthesis. */
@RestController
@RequestMapping("/api/v1/speech")
public class SpeechController {

    private final SpeechService service;
    private final TranscriptionJobs jobs;
    private final SpeechSettings settings;

    public SpeechController(SpeechService service, TranscriptionJobs jobs, SpeechSettings settings) {
        this.service = service;
        this.jobs = jobs;
        this.settings = settings;
    }

    /**
     * Transcribes an uploaded recording (WAV, MP3, M4A/AAC, AMR, Ogg, FLAC; format from content).
     * Recordings up to {@code esip.speech.sync-max-seconds} (and without {@code async=true}) are answered
     * with the transcript; longer ones with 202 and a job to poll.
     */
    @PostMapping(path = "/transcribe", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ResponseEntity<Map<String, Object>> transcribe(@RequestParam("file") MultipartFile file,
                                                          @RequestParam(name = "async", defaultValue = "false") boolean async)
            throws IOException {
        if (file.isEmpty()) {
            throw new IllegalArgumentException("the uploaded file is empty");
        }
        if (file.getSize() > settings.maxUploadBytes()) {
            throw new IllegalArgumentException("the upload is " + file.getSize() + " bytes; the limit is " + settings.maxUploadBytes());
        }
        Path tmp = Files.createTempFile("esip-speech-", ".upload");
        boolean handedOver = false;
        try {
            try (InputStream in = file.getInputStream()) {
                Files.copy(in, tmp, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            AudioInfo info = service.inspect(tmp); // 415 non-audio, 400 corrupt or too long
            requireRecognition();
            String name = file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename();
            if (async || Double.isNaN(info.durationSeconds()) || info.durationSeconds() > settings.syncMaxSeconds()) {
                TranscriptionJobs.Job job = jobs.submit(tmp, name, info.durationSeconds(), service::transcribe);
                handedOver = true;
                return ResponseEntity.accepted().location(URI.create("/api/v1/speech/jobs/" + job.id())).body(job.view());
            }
            Transcript t = service.transcribe(tmp, ProgressListener.none(), CancellationToken.none());
            return ResponseEntity.ok(TranscriptViews.of(t));
        } finally {
            if (!handedOver) {
                Files.deleteIfExists(tmp);
            }
        }
    }

    /** Status and progress of a transcription job. */
    @GetMapping("/jobs/{id}")
    public Map<String, Object> job(@PathVariable String id) {
        requireRecognition();
        return jobs.get(id).view();
    }

    /** The transcript of a finished job (409 while it runs, or when it failed or was cancelled). */
    @GetMapping("/jobs/{id}/result")
    public Map<String, Object> result(@PathVariable String id) {
        requireRecognition();
        TranscriptionJobs.Job job = jobs.get(id);
        return switch (job.state()) {
            case DONE -> TranscriptViews.of(job.result());
            case QUEUED, RUNNING -> throw new JobNotReadyException("job " + id + " is " + job.state() + "; poll /api/v1/speech/jobs/" + id);
            case FAILED -> throw new JobNotReadyException("job " + id + " failed: " + job.error());
            case CANCELLED -> throw new JobNotReadyException("job " + id + " was cancelled");
        };
    }

    /** Cancels a job (it stops at its next audio chunk). */
    @DeleteMapping("/jobs/{id}")
    public ResponseEntity<Map<String, Object>> cancel(@PathVariable String id) {
        requireRecognition();
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(jobs.cancel(id).view());
    }

    /** Synthesis request: text and optional espeak-ng options. */
    public record SynthesizeRequest(String text, String voice, Integer rate, Integer pitch, Boolean pinyin, Integer gapMs) {
    }

    /** Mandarin text to speech (audio/wav, 22,050 Hz mono 16-bit). */
    @PostMapping(path = "/synthesize")
    public ResponseEntity<byte[]> synthesize(@RequestBody SynthesizeRequest request) {
        if (request == null || request.text() == null) {
            throw new IllegalArgumentException("the request needs a 'text'");
        }
        SynthesisOptions d = SynthesisOptions.defaults();
        SynthesisOptions options = new SynthesisOptions(request.voice() == null ? d.voice() : request.voice(),
                request.rate() == null ? d.rate() : request.rate(), request.pitch() == null ? d.pitch() : request.pitch(),
                request.pinyin() == null ? d.pinyin() : request.pinyin(), request.gapMs() == null ? d.gapMs() : request.gapMs());
        SynthesisResult r = service.synthesize(request.text(), options);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("audio/wav"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"speech.wav\"")
                .header("X-Audio-Duration-Seconds", String.format("%.3f", r.audio().durationSeconds()))
                .header("X-Sentences", String.valueOf(r.sentences()))
                .body(r.audio().toWav());
    }

    private void requireRecognition() {
        String reason = service.recognitionUnavailableReason();
        if (reason != null) {
            throw new SpeechUnavailableException(reason);
        }
    }
}
