package cn.esip.api.speech;

import cn.esip.api.web.ProblemAdvice;
import cn.esip.speech.SpeechUnavailableException;
import cn.esip.speech.audio.UnsupportedAudioException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Problem answers specific to speech: non-audio upload → 415, missing model or tool → 503, job not finished → 409. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class SpeechProblemAdvice {

    @ExceptionHandler(UnsupportedAudioException.class)
    public ProblemDetail unsupported(UnsupportedAudioException e) {
        return ProblemAdvice.problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported audio", e.getMessage());
    }

    @ExceptionHandler(SpeechUnavailableException.class)
    public ProblemDetail unavailable(SpeechUnavailableException e) {
        return ProblemAdvice.problem(HttpStatus.SERVICE_UNAVAILABLE, "Capability unavailable", e.getMessage());
    }

    @ExceptionHandler(JobNotReadyException.class)
    public ProblemDetail notReady(JobNotReadyException e) {
        return ProblemAdvice.problem(HttpStatus.CONFLICT, "Job has no result", e.getMessage());
    }

    /** A job's result was asked for before it finished, or after it failed or was cancelled. */
    public static class JobNotReadyException extends RuntimeException {
        public JobNotReadyException(String message) {
            super(message);
        }
    }
}
