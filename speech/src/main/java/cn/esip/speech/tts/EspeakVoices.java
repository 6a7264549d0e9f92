package cn.esip.speech.tts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The voices and variants espeak-ng has installed ({@code espeak-ng --voices}, {@code --voices=variant}).
 * Needed because espeak-ng silently falls back to its default voice for an unknown name when writing to stdout.
 */
final class EspeakVoices {

    private final Set<String> voices;
    private final Set<String> variants;

    private EspeakVoices(Set<String> voices, Set<String> variants) {
        this.voices = voices;
        this.variants = variants;
    }

    static EspeakVoices load(String executable) {
        return new EspeakVoices(names(executable, "--voices"), names(executable, "--voices=variant"));
    }

    /** Whether {@code voice} (optionally {@code name+variant}) is installed. */
    boolean has(String voice) {
        String v = voice.toLowerCase(Locale.ROOT);
        int plus = v.indexOf('+');
        String base = plus < 0 ? v : v.substring(0, plus);
        String variant = plus < 0 ? null : v.substring(plus + 1);
        return voices.contains(base) && (variant == null || variants.contains(variant));
    }

    /** Language codes and voice file names from one listing (lower case). */
    private static Set<String> names(String executable, String option) {
        Set<String> out = new HashSet<>();
        try {
            Process p = new ProcessBuilder(executable, option).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String listing = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor(10, TimeUnit.SECONDS);
            listing.lines().skip(1).forEach(line -> {
                String[] cols = line.strip().split("\\s+");
                if (cols.length >= 2) {
                    out.add(cols[1].toLowerCase(Locale.ROOT));
                }
                for (String c : cols) {
                    int slash = c.lastIndexOf('/');
                    if (slash > 0 && slash < c.length() - 1) {
                        out.add(c.substring(slash + 1).toLowerCase(Locale.ROOT));
                    }
                }
            });
        } catch (IOException e) {
            return Set.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return out;
    }
}
