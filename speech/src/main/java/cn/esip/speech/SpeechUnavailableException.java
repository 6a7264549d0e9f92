package cn.esip.speech;

/** A speech capability that is not installed here (no Vosk model, no ffmpeg, no espeak-ng): HTTP 503 in the API. */
public class SpeechUnavailableException extends RuntimeException {

    public SpeechUnavailableException(String message) {
        super(message);
    }

    public SpeechUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
