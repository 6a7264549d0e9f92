package cn.esip.ocr.synthetic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/** Paragraphs of the law corpus (../shared/corpus/laws), picked reproducibly for rendering. */
public final class LawTexts {

    private final List<Path> files;

    private LawTexts(List<Path> files) {
        this.files = files;
    }

    /** All Markdown laws under {@code corpus}, in a stable order. */
    public static LawTexts open(Path corpus) {
        if (!Files.isDirectory(corpus)) {
            throw new IllegalArgumentException("law corpus not found: " + corpus);
        }
        try (Stream<Path> s = Files.walk(corpus)) {
            List<Path> f = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
            if (f.isEmpty()) {
                throw new IllegalArgumentException("no .md laws under " + corpus);
            }
            return new LawTexts(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The title and body paragraphs of a law chosen by {@code rnd}: at least {@code minChars} characters. */
    public List<String> pick(Random rnd, int minChars) {
        for (int attempt = 0; attempt < 50; attempt++) {
            Path p = files.get(rnd.nextInt(files.size()));
            List<String> paras = paragraphs(p);
            int total = paras.stream().mapToInt(String::length).sum();
            if (paras.size() < 4 || total < minChars) {
                continue;
            }
            int start = 1 + rnd.nextInt(Math.max(1, paras.size() / 2));
            List<String> out = new ArrayList<>();
            out.add(paras.get(0));
            int n = 0;
            for (int i = start; i < paras.size() && n < minChars; i++) {
                out.add(paras.get(i));
                n += paras.get(i).length();
            }
            if (n >= minChars / 2) {
                return out;
            }
        }
        throw new IllegalStateException("no law text long enough in the corpus");
    }

    private static List<String> paragraphs(Path p) {
        try {
            List<String> out = new ArrayList<>();
            boolean body = false;
            String title = null;
            for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
                String t = line.strip();
                if (t.startsWith("# ") && title == null) {
                    title = t.substring(2).strip();
                    continue;
                }
                if (t.contains("INFO END")) {
                    body = true;
                    continue;
                }
                if (!body || t.isEmpty() || t.startsWith("<!--")) {
                    continue;
                }
                t = t.replaceFirst("^#+\\s*", "").replace("**", "").strip();
                if (!t.isEmpty()) {
                    out.add(t);
                }
            }
            if (title != null) {
                out.add(0, title);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
