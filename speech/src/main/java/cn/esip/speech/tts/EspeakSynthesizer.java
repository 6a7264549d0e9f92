package cn.esip.speech.tts;

import cn.esip.speech.CancellationToken;
import cn.esip.speech.SpeechUnavailableException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Mandarin synthesis with Debian's espeak-ng, one subprocess per sentence ({@code --stdout}, text on
 * stdin), sentences joined with a short silence into one WAV. Hanzi are first rewritten as pinyin
 * with HanLP unless the options turn that off.
 */
public final class EspeakSynthesizer implements SpeechSynthesizer {

    /** Longest text accepted in one call. */
    public static final int MAX_CHARS = 10_000;
    private static final int SENTENCE_CHARS = 120;
    private static final long SENTENCE_TIMEOUT_S = 30;

    private final String executable;
    private final SentenceSplitter splitter = new SentenceSplitter(SENTENCE_CHARS);
    private final PinyinConverter pinyin = new PinyinConverter();
    private volatile EspeakVoices voices;

    public EspeakSynthesizer() {
        this("espeak-ng");
    }

    public EspeakSynthesizer(String executable) {
        this.executable = executable;
    }

    /** Whether espeak-ng runs here. */
    public boolean isAvailable() {
        try {
            Process p = new ProcessBuilder(executable, "--version").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public SynthesisResult synthesize(String text, SynthesisOptions options) {
        return synthesize(text, options, CancellationToken.none());
    }

    /** Synthesizes {@code text}; cancellation is checked between sentences. */
    public SynthesisResult synthesize(String text, SynthesisOptions options, CancellationToken cancel) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("nothing to synthesize: the text is empty");
        }
        if (text.length() > MAX_CHARS) {
            throw new IllegalArgumentException("text too long: " + text.length() + " characters (limit " + MAX_CHARS + ")");
        }
        requireVoice(options.voice());
        long t0 = System.nanoTime();
        List<String> sentences = splitter.split(text);
        ByteArrayOutputStream pcm = new ByteArrayOutputStream();
        int rate = 0;
        int channels = 0;
        int bits = 0;
        for (String sentence : sentences) {
            cancel.throwIfCancelled();
            String input = options.pinyin() ? pinyin.toPinyin(sentence) : sentence;
            if (input.isBlank()) {
                continue;
            }
            WavAudio part = WavAudio.parse(run(input, options));
            if (rate == 0) {
                rate = part.sampleRate();
                channels = part.channels();
                bits = part.bitsPerSample();
            } else if (part.sampleRate() != rate || part.channels() != channels) {
                throw new IllegalStateException("espeak-ng changed its output format between sentences");
            }
            if (pcm.size() > 0 && options.gapMs() > 0) {
                pcm.writeBytes(new byte[(int) ((long) rate * options.gapMs() / 1000) * channels * bits / 8]);
            }
            pcm.writeBytes(part.pcm());
        }
        if (rate == 0) {
            throw new IllegalArgumentException("nothing to synthesize: the text has no readable characters");
        }
        WavAudio audio = new WavAudio(rate, channels, bits, pcm.toByteArray());
        return new SynthesisResult(audio, sentences.size(), (System.nanoTime() - t0) / 1e9);
    }

    private void requireVoice(String voice) {
        if (voices == null) {
            if (!isAvailable()) {
                throw new SpeechUnavailableException("espeak-ng is not installed (Debian package espeak-ng; scripts/install-system-deps.sh)");
            }
            voices = EspeakVoices.load(executable);
        }
        if (!voices.has(voice)) {
            throw new IllegalArgumentException("espeak-ng has no voice '" + voice + "' (see espeak-ng --voices; Mandarin: "
                    + SynthesisOptions.DEFAULT_VOICE + ")");
        }
    }

    private byte[] run(String input, SynthesisOptions o) {
        List<String> cmd = List.of(executable, "-v", o.voice(), "-s", String.valueOf(o.rate()), "-p", String.valueOf(o.pitch()),
                "--stdout");
        Process p;
        try {
            p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            throw new SpeechUnavailableException("espeak-ng is not installed (Debian package espeak-ng; scripts/install-system-deps.sh)", e);
        }
        java.util.concurrent.atomic.AtomicBoolean killed = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.concurrent.CompletableFuture.delayedExecutor(SENTENCE_TIMEOUT_S, TimeUnit.SECONDS).execute(() -> {
            if (p.isAlive()) {
                killed.set(true);
                p.destroyForcibly();
            }
        });
        try {
            try (OutputStream stdin = p.getOutputStream()) {
                stdin.write(input.getBytes(StandardCharsets.UTF_8));
            }
            byte[] wav;
            try (InputStream out = p.getInputStream()) {
                wav = out.readAllBytes();
            }
            if (!p.waitFor(SENTENCE_TIMEOUT_S, TimeUnit.SECONDS) || killed.get()) {
                p.destroyForcibly();
                throw new IllegalStateException("espeak-ng took longer than " + SENTENCE_TIMEOUT_S + " s for one sentence");
            }
            if (p.exitValue() != 0 || wav.length < 44) {
                throw new IllegalArgumentException("espeak-ng failed (exit " + p.exitValue() + "); is '" + o.voice()
                        + "' an installed voice? (espeak-ng --voices)");
            }
            return wav;
        } catch (IOException e) {
            p.destroyForcibly();
            throw new IllegalStateException("espeak-ng failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during synthesis", e);
        }
    }
}
