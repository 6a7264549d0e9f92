package cn.esip.speech.asr;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks that a directory looks like a Vosk (Kaldi) model: {@code am/final.mdl}, {@code conf/model.conf},
 * {@code conf/mfcc.conf}, a decoding graph ({@code graph/HCLG.fst}, or {@code graph/HCLr.fst} with
 * {@code graph/Gr.fst} for the small lookahead models) and, when there is an {@code ivector/} folder,
 * its {@code final.ie}.
 */
public final class VoskModelLayout {

    private VoskModelLayout() {
    }

    /** What is missing; empty when the layout is complete. */
    public static List<String> problems(Path dir) {
        List<String> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            out.add(dir + " is not a directory");
            return out;
        }
        for (String f : List.of("am/final.mdl", "conf/model.conf", "conf/mfcc.conf")) {
            requireFile(dir, f, out);
        }
        Path graph = dir.resolve("graph");
        boolean full = nonEmpty(graph.resolve("HCLG.fst"));
        boolean lookahead = nonEmpty(graph.resolve("HCLr.fst")) && nonEmpty(graph.resolve("Gr.fst"));
        if (!full && !lookahead) {
            out.add("missing decoding graph: graph/HCLG.fst, or graph/HCLr.fst with graph/Gr.fst");
        }
        if (Files.isDirectory(dir.resolve("ivector"))) {
            requireFile(dir, "ivector/final.ie", out);
        }
        return out;
    }

    private static void requireFile(Path dir, String rel, List<String> out) {
        if (!nonEmpty(dir.resolve(rel))) {
            out.add("missing or empty " + rel);
        }
    }

    private static boolean nonEmpty(Path p) {
        try {
            return Files.isRegularFile(p) && Files.size(p) > 0;
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
