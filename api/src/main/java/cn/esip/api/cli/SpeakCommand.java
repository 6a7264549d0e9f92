package cn.esip.api.cli;

import cn.esip.models.AtomicFiles;
import cn.esip.speech.tts.EspeakSynthesizer;
import cn.esip.speech.tts.SynthesisOptions;
import cn.esip.speech.tts.SynthesisResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** {@code esip speak TEXT -o OUT.wav}: Mandarin text to speech with espeak-ng. */
@Command(name = "speak", mixinStandardHelpOptions = true,
        description = "Synthesize Mandarin text to a WAV file with espeak-ng (Hanzi converted to pinyin with HanLP).")
public final class SpeakCommand implements Runnable {

    @Parameters(paramLabel = "TEXT", description = "Text to read; '-' reads it from standard input.")
    String text;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT.wav", description = "WAV file to write.")
    Path output;

    @Option(names = "--voice", defaultValue = SynthesisOptions.DEFAULT_VOICE,
            description = "espeak-ng voice, optionally with a variant (e.g. cmn-latn-pinyin+f3). Default: ${DEFAULT-VALUE}.")
    String voice;

    @Option(names = "--rate", defaultValue = "175", description = "Words per minute, 80–450. Default: ${DEFAULT-VALUE}.")
    int rate;

    @Option(names = "--pitch", defaultValue = "50", description = "Pitch 0–99. Default: ${DEFAULT-VALUE}.")
    int pitch;

    @Option(names = "--no-pinyin", description = "Give the Hanzi to espeak-ng as they are (its own reading; polyphones suffer).")
    boolean noPinyin;

    @Option(names = "--gap", defaultValue = "250", paramLabel = "MS", description = "Silence between sentences in ms. Default: ${DEFAULT-VALUE}.")
    int gapMs;

    @Override
    public void run() {
        String input = text;
        if ("-".equals(text)) {
            try {
                input = new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        SynthesisOptions options;
        try {
            options = new SynthesisOptions(voice, rate, pitch, !noPinyin, gapMs);
        } catch (IllegalArgumentException e) {
            throw new EsipMain.UsageError(e.getMessage());
        }
        SynthesisResult r;
        try {
            r = new EspeakSynthesizer().synthesize(input, options);
        } catch (IllegalArgumentException e) {
            throw new EsipMain.UsageError(e.getMessage());
        }
        try {
            AtomicFiles.write(output, r.audio().toWav());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + output + ": " + e.getMessage(), e);
        }
        System.err.printf("speak: wrote %s: %.2f s of speech (%d Hz mono), %d sentence(s), synthesized in %.2f s (real-time factor %.3f)%n",
                output, r.audio().durationSeconds(), r.audio().sampleRate(), r.sentences(), r.processingSeconds(), r.realTimeFactor());
    }
}
