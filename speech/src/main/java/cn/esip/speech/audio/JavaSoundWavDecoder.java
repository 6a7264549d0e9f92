package cn.esip.speech.audio;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * WAV without ffmpeg: the JDK's javax.sound reads the file and converts it (channel mixing and
 * sample-rate conversion by the JDK's AudioFloatFormatConverter) to 16 kHz mono 16-bit.
 */
public final class JavaSoundWavDecoder implements AudioDecoder {

    static final AudioFormat TARGET = new AudioFormat(Pcm16k.SAMPLE_RATE, 16, 1, true, false);

    @Override
    public String name() {
        return "javax.sound (JDK, WAV only)";
    }

    @Override
    public AudioInfo probe(Path file) {
        requireWav(file);
        try (AudioInputStream in = AudioSystem.getAudioInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            AudioFormat f = in.getFormat();
            double duration = in.getFrameLength() > 0 ? in.getFrameLength() / (double) f.getFrameRate() : Double.NaN;
            return new AudioInfo(AudioContainer.WAV, f.getEncoding().toString(), Math.round(f.getSampleRate()),
                    f.getChannels(), duration);
        } catch (UnsupportedAudioFileException | IOException e) {
            throw new AudioDecodeException("corrupt or unsupported WAV: " + e.getMessage(), e);
        }
    }

    @Override
    public PcmStream open(Path file, Duration timeLimit) {
        requireWav(file);
        try {
            AudioInputStream src = AudioSystem.getAudioInputStream(new BufferedInputStream(Files.newInputStream(file)));
            AudioFormat f = src.getFormat();
            AudioInputStream pcm = src;
            if (!AudioFormat.Encoding.PCM_SIGNED.equals(f.getEncoding()) || f.getSampleSizeInBits() != 16 || f.isBigEndian()) {
                AudioFormat signed = new AudioFormat(f.getSampleRate(), 16, f.getChannels(), true, false);
                pcm = AudioSystem.getAudioInputStream(signed, src);
            }
            AudioInputStream out = AudioSystem.getAudioInputStream(TARGET, pcm);
            long deadline = System.nanoTime() + timeLimit.toNanos();
            Runnable atEnd = () -> {
                if (System.nanoTime() > deadline) {
                    throw new AudioDecodeException("decoding took longer than the limit of " + timeLimit.toSeconds() + " s");
                }
            };
            Runnable onClose = () -> {
                try {
                    src.close();
                } catch (IOException ignored) {
                    // nothing to clean up beyond the file handle
                }
            };
            return new PcmStream(out, atEnd, onClose);
        } catch (UnsupportedAudioFileException | IOException | IllegalArgumentException e) {
            throw new AudioDecodeException("corrupt or unsupported WAV: " + e.getMessage(), e);
        }
    }

    private static void requireWav(Path file) {
        AudioContainer c = AudioFiles.sniff(file);
        if (c != AudioContainer.WAV) {
            throw new cn.esip.speech.SpeechUnavailableException(
                    c + " audio needs ffmpeg (Debian package ffmpeg), which is not installed; only WAV is read without it");
        }
    }
}
