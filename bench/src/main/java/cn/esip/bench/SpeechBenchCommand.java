package cn.esip.bench;

import cn.esip.models.ModelRegistry;
import cn.esip.speech.CancellationToken;
import cn.esip.speech.ProgressListener;
import cn.esip.speech.SpeechService;
import cn.esip.speech.asr.Cer;
import cn.esip.speech.asr.Transcriber;
import cn.esip.speech.asr.Transcript;
import cn.esip.speech.audio.AudioDecoder;
import cn.esip.speech.audio.FfmpegDecoder;
import cn.esip.speech.audio.JavaSoundWavDecoder;
import cn.esip.speech.audio.Pcm16k;
import cn.esip.speech.audio.PcmStream;
import cn.esip.speech.tts.EspeakSynthesizer;
import cn.esip.speech.tts.SynthesisOptions;
import cn.esip.speech.tts.SynthesisResult;
import cn.esip.speech.vad.EnergyVad;
import cn.esip.speech.vad.SpeechRegion;
import cn.esip.speech.vad.TurnDetector;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** {@code esip bench speech}: synthesis speed, decode/resample throughput, VAD speed, and ASR accuracy/speed when a model is installed. */
@Command(name = "speech", mixinStandardHelpOptions = true,
        description = "Measure synthesis real-time factor, audio decoding throughput and (with a model) ASR CER and real-time factor.")
public final class SpeechBenchCommand implements Runnable {

    /** Enforcement-style sentences; the ASR figures are on their synthesized audio (the model never saw it). */
    static final List<String> SENTENCES = List.of(
            "执法人员依法进行现场检查。",
            "当事人对检查结果没有异议。",
            "请你在笔录上签字确认。",
            "我们今天来检查消防安全。",
            "你单位的营业执照在哪里？",
            "根据行政处罚法的规定，你有陈述和申辩的权利。",
            "本次检查发现安全出口被堵塞。",
            "请在五个工作日内完成整改。",
            "你对以上笔录内容有什么补充吗？",
            "没有补充，以上内容属实。");

    /** Words whose reading depends on context, with their standard pinyin (hand-checked against 现代汉语词典 readings). */
    static final String[][] POLYPHONES = {
            {"银行", "yin2 hang2"}, {"行政", "xing2 zheng4"}, {"执行", "zhi2 xing2"}, {"行长", "hang2 zhang3"},
            {"处罚", "chu3 fa2"}, {"处理", "chu3 li3"}, {"重新", "chong2 xin1"}, {"重要", "zhong4 yao4"},
            {"还款", "huan2 kuan3"}, {"还是", "hai2 shi4"}, {"调查", "diao4 cha2"}, {"调解", "tiao2 jie3"},
            {"长度", "chang2 du4"}, {"会计", "kuai4 ji4"}, {"单位", "dan1 wei4"}, {"给予", "ji3 yu3"},
            {"强制", "qiang2 zhi4"}, {"勉强", "mian3 qiang3"}, {"传达", "chuan2 da2"}, {"传记", "zhuan4 ji4"},
            {"数据", "shu4 ju4"}, {"着重", "zhuo2 zhong4"}, {"没收", "mo4 shou1"}, {"没有", "mei2 you3"},
            {"查封", "cha2 feng1"}, {"差错", "cha1 cuo4"}, {"出差", "chu1 chai1"}, {"相关", "xiang1 guan1"},
            {"相片", "xiang4 pian4"}, {"应当", "ying1 dang1"}, {"适当", "shi4 dang4"}, {"当事人", "dang1 shi4 ren2"},
            {"角色", "jue2 se4"}, {"模样", "mu2 yang4"}, {"模范", "mo2 fan4"}, {"效率", "xiao4 lv4"},
            {"率先", "shuai4 xian1"}, {"承担", "cheng2 dan1"}, {"发行", "fa1 xing2"}, {"供给", "gong1 ji3"}};

    @Option(names = "--minutes", defaultValue = "10", description = "Length of the decode test recording in minutes (default ${DEFAULT-VALUE}).")
    int minutes;

    @Override
    public void run() {
        System.out.printf("machine: %d cores, %d MB max heap, %s %s%n", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, System.getProperty("os.name"), System.getProperty("java.version"));
        try {
            Path dir = Files.createTempDirectory("esip-bench-speech-");
            try {
                polyphones();
                Path speech = synthesis(dir);
                decoding(dir, speech);
                asr();
            } finally {
                try (var s = Files.walk(dir)) {
                    for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(p);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How often espeak-ng reads context-dependent characters right, on its own and after HanLP's pinyin conversion. */
    private static void polyphones() {
        cn.esip.speech.tts.PinyinConverter pinyin = new cn.esip.speech.tts.PinyinConverter();
        int espeakOwn = 0;
        int viaHanlp = 0;
        List<String> wrong = new ArrayList<>();
        for (String[] w : POLYPHONES) {
            String expected = phonemes(w[1]);
            if (phonemes(w[0]).equals(expected)) {
                espeakOwn++;
            }
            if (phonemes(pinyin.toPinyin(w[0])).equals(expected)) {
                viaHanlp++;
            } else {
                wrong.add(w[0] + "=" + pinyin.toPinyin(w[0]));
            }
        }
        System.out.printf("polyphones (%d words, reading compared as espeak-ng phonemes): espeak-ng's own Hanzi reading %d/%d right, "
                + "HanLP pinyin first %d/%d right%s%n", POLYPHONES.length, espeakOwn, POLYPHONES.length, viaHanlp, POLYPHONES.length,
                wrong.isEmpty() ? "" : " (HanLP wrong: " + String.join(", ", wrong) + ")");
    }

    private static String phonemes(String text) {
        return new String(run(new ProcessBuilder("espeak-ng", "-q", "-x", "-v", SynthesisOptions.DEFAULT_VOICE, text)
                .redirectError(ProcessBuilder.Redirect.DISCARD), 10).output(), java.nio.charset.StandardCharsets.UTF_8).strip();
    }

    /** What a finished command printed, and whether it ended in time with exit code 0. */
    private record Run(byte[] output, boolean ok) {
    }

    private static Run run(ProcessBuilder command, long seconds) {
        try {
            Process p = command.start();
            byte[] out = p.getInputStream().readAllBytes();
            boolean ok = p.waitFor(seconds, TimeUnit.SECONDS) && p.exitValue() == 0;
            return new Run(out, ok);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Path synthesis(Path dir) throws IOException {
        EspeakSynthesizer tts = new EspeakSynthesizer();
        SynthesisOptions opts = SynthesisOptions.defaults();
        tts.synthesize("预热。", opts);
        double cpu = 0;
        double audio = 0;
        int chars = 0;
        for (String s : SENTENCES) {
            SynthesisResult r = tts.synthesize(s, opts);
            cpu += r.processingSeconds();
            audio += r.audio().durationSeconds();
            chars += s.length();
        }
        System.out.printf("synthesis, 1 stream: %d sentences, %d chars -> %.1f s of speech in %.2f s: RTF %.3f, %.0f chars/s, %.0f ms per sentence%n",
                SENTENCES.size(), chars, audio, cpu, cpu / audio, chars / cpu, 1000 * cpu / SENTENCES.size());
        String longText = String.join("", SENTENCES).repeat(3);
        SynthesisResult longR = tts.synthesize(longText, opts);
        System.out.printf("synthesis, one long text: %d chars, %d sentences -> %.1f s of speech in %.2f s: RTF %.3f%n",
                longText.length(), longR.sentences(), longR.audio().durationSeconds(), longR.processingSeconds(), longR.realTimeFactor());
        SynthesisResult noPinyin = tts.synthesize(longText, opts.withPinyin(false));
        System.out.printf("synthesis, same text without HanLP pinyin: RTF %.3f (pinyin conversion cost included above)%n",
                noPinyin.realTimeFactor());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            long t0 = System.nanoTime();
            List<Future<SynthesisResult>> fs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                fs.add(pool.submit(() -> tts.synthesize(longText, opts)));
            }
            double a = 0;
            for (Future<SynthesisResult> f : fs) {
                a += f.get().audio().durationSeconds();
            }
            double wall = (System.nanoTime() - t0) / 1e9;
            System.out.printf("synthesis, 2 parallel streams: %.1f s of speech in %.2f s wall: %.1f x real time in total%n", a, wall, a / wall);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
        return Files.write(dir.resolve("speech.wav"), longR.audio().toWav());
    }

    private void decoding(Path dir, Path speech) throws IOException {
        if (!FfmpegDecoder.isAvailable()) {
            System.out.println("decoding: ffmpeg not installed; skipped");
            return;
        }
        int seconds = minutes * 60;
        Path wav44 = ffmpeg(speech, dir.resolve("long44k-stereo.wav"), "-af", "aloop=loop=-1:size=2e9", "-t", String.valueOf(seconds),
                "-ar", "44100", "-ac", "2");
        Path mp3 = ffmpeg(wav44, dir.resolve("long.mp3"), "-codec:a", "libmp3lame", "-b:a", "64k");
        Path m4a = ffmpeg(wav44, dir.resolve("long.m4a"), "-codec:a", "aac", "-b:a", "64k");
        FfmpegDecoder ff = new FfmpegDecoder();
        measure("ffmpeg", ff, wav44, "WAV 44.1 kHz stereo");
        measure("ffmpeg", ff, mp3, "MP3 64 kbit/s");
        measure("ffmpeg", ff, m4a, "M4A/AAC 64 kbit/s");
        measure("javax.sound", new JavaSoundWavDecoder(), wav44, "WAV 44.1 kHz stereo");

        byte[] pcm;
        try (PcmStream in = ff.open(mp3, Duration.ofMinutes(10))) {
            pcm = in.readAllBytes();
        }
        long t0 = System.nanoTime();
        List<SpeechRegion> regions = new ArrayList<>();
        EnergyVad vad = new EnergyVad(regions::add);
        byte[] buf = new byte[Pcm16k.chunkBytes(Transcriber.DEFAULT_CHUNK_MS)];
        for (int off = 0; off < pcm.length; off += buf.length) {
            int n = Math.min(buf.length, pcm.length - off);
            System.arraycopy(pcm, off, buf, 0, n);
            vad.accept(buf, n);
        }
        vad.finish();
        int turns = new TurnDetector().turns(regions).size();
        double s = (System.nanoTime() - t0) / 1e9;
        System.out.printf("VAD + turn marking: %.0f s of audio in %.2f s (%.0f x real time), %d regions, %d turns%n",
                Pcm16k.seconds(pcm.length), s, Pcm16k.seconds(pcm.length) / s, regions.size(), turns);
    }

    private static void measure(String name, AudioDecoder decoder, Path file, String what) throws IOException {
        long t0 = System.nanoTime();
        long bytes = 0;
        byte[] buf = new byte[1 << 16];
        try (InputStream in = decoder.open(file, Duration.ofMinutes(10))) {
            int n;
            while ((n = in.read(buf)) > 0) {
                bytes += n;
            }
        }
        double s = (System.nanoTime() - t0) / 1e9;
        System.out.printf("decode+resample to 16 kHz mono, %s, %s (%.1f MB): %.0f s of audio in %.2f s = %.0f x real time%n",
                name, what, Files.size(file) / 1e6, Pcm16k.seconds(bytes), s, Pcm16k.seconds(bytes) / s);
    }

    private void asr() throws IOException {
        try (SpeechService service = SpeechService.create(ModelRegistry.locate())) {
            String reason = service.recognitionUnavailableReason();
            if (reason != null) {
                System.out.println("ASR: no model installed (" + reason.lines().findFirst().orElse(reason) + ")");
                return;
            }
            long t0 = System.nanoTime();
            var recognizer = service.recognizer();
            System.out.printf("ASR: model %s loaded in %.1f s%n", recognizer.modelId(), (System.nanoTime() - t0) / 1e9);
            EspeakSynthesizer tts = new EspeakSynthesizer();
            int errors = 0;
            int chars = 0;
            double audio = 0;
            double cpu = 0;
            for (String s : SENTENCES) {
                SynthesisResult r = tts.synthesize(s, SynthesisOptions.defaults().withRate(150));
                Path f = Files.createTempFile("esip-asr-", ".wav");
                try {
                    Files.write(f, r.audio().toWav());
                    byte[] pcm;
                    try (PcmStream in = service.decoder().open(f, Duration.ofMinutes(1))) {
                        pcm = in.readAllBytes();
                    }
                    Transcript t = new Transcriber(recognizer).transcribe(new ByteArrayInputStream(pcm), Pcm16k.seconds(pcm.length),
                            ProgressListener.none(), CancellationToken.none());
                    String ref = Cer.normalize(s);
                    errors += Cer.distance(ref, Cer.normalize(t.text()));
                    chars += ref.length();
                    audio += t.durationSeconds();
                    cpu += t.processingSeconds();
                    System.out.printf("ASR: ref %s | hyp %s%n", s, t.text());
                } finally {
                    Files.deleteIfExists(f);
                }
            }
            System.out.printf("ASR: %d synthesized sentences (espeak-ng, %d chars): CER %.3f, RTF %.3f (%.1f s audio in %.1f s)%n",
                    SENTENCES.size(), chars, errors / (double) chars, cpu / audio, audio, cpu);
        }
    }

    private static Path ffmpeg(Path in, Path out, String... options) {
        List<String> cmd = new ArrayList<>(List.of("ffmpeg", "-nostdin", "-v", "error", "-y", "-i", in.toString()));
        cmd.addAll(List.of(options));
        cmd.add(out.toString());
        Run r = run(new ProcessBuilder(cmd).redirectErrorStream(true), 600);
        if (!r.ok()) {
            throw new IllegalStateException("ffmpeg failed: " + new String(r.output()));
        }
        return out;
    }
}
