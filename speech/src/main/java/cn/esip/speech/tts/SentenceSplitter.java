package cn.esip.speech.tts;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text for synthesis: after sentence ends (。！？；… and . ! ? ; followed by a space or the end,
 * and line breaks); a sentence longer than {@code maxChars} is split again after a comma-like mark
 * (，、：, :) and, failing that, hard at {@code maxChars}.
 */
public final class SentenceSplitter {

    private final int maxChars;

    public SentenceSplitter(int maxChars) {
        if (maxChars < 10) {
            throw new IllegalArgumentException("maxChars must be at least 10");
        }
        this.maxChars = maxChars;
    }

    /** The non-blank sentences of {@code text}, in order. */
    public List<String> split(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                flush(cur, out);
                continue;
            }
            cur.append(c);
            boolean next = i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1));
            if ("。！？；…".indexOf(c) >= 0 || ".!?;".indexOf(c) >= 0 && next) {
                // keep closing quotes/brackets with the sentence
                while (i + 1 < text.length() && "”’」』）)\"'".indexOf(text.charAt(i + 1)) >= 0) {
                    cur.append(text.charAt(++i));
                }
                flush(cur, out);
            }
        }
        flush(cur, out);
        return out;
    }

    private void flush(StringBuilder cur, List<String> out) {
        String s = cur.toString().strip();
        cur.setLength(0);
        while (s.length() > maxChars) {
            int cut = -1;
            for (int j = maxChars - 1; j >= maxChars / 3; j--) {
                if ("，、：,:".indexOf(s.charAt(j)) >= 0) {
                    cut = j + 1;
                    break;
                }
            }
            if (cut < 0) {
                cut = maxChars;
            }
            out.add(s.substring(0, cut).strip());
            s = s.substring(cut).strip();
        }
        if (!s.isEmpty()) {
            out.add(s);
        }
    }
}
