package cn.esip.speech.audio;

/** Picks the decoder: ffmpeg when installed, else javax.sound (WAV only). */
public final class AudioDecoders {

    private AudioDecoders() {
    }

    /** The best decoder available on this machine. */
    public static AudioDecoder best() {
        return FfmpegDecoder.isAvailable() ? new FfmpegDecoder() : new JavaSoundWavDecoder();
    }
}
