package cn.esip.speech.audio;

/** Input that is not audio in a format we accept (HTTP 415 in the API). */
public class UnsupportedAudioException extends IllegalArgumentException {

    public UnsupportedAudioException(String message) {
        super(message);
    }
}
