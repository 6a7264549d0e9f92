package cn.esip.speech.audio;

/**
 * What a probe found in an audio file.
 *
 * @param container       the container recognised from the content
 * @param codec           codec name as the decoder reports it (e.g. {@code mp3}, {@code aac}, {@code pcm_s16le})
 * @param sampleRate      source sample rate in Hz
 * @param channels        source channel count
 * @param durationSeconds duration, or NaN when the container does not say
 */
public record AudioInfo(AudioContainer container, String codec, int sampleRate, int channels, double durationSeconds) {
}
