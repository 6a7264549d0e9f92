package cn.esip.speech.audio;

/** Audio that looks like a supported format but cannot be decoded: corrupt, truncated or empty (HTTP 400). */
public class AudioDecodeException extends IllegalArgumentException {

    public AudioDecodeException(String message) {
        super(message);
    }

    public AudioDecodeException(String message, Throwable cause) {
        super(message, cause);
    }
}
