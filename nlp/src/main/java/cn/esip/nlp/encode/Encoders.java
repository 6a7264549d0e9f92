package cn.esip.nlp.encode;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The process-wide encoder instances, loaded on first use and kept until the process ends. */
public final class Encoders {

    private static final Map<Integer, BgeSmallZhEncoder> BGE = new ConcurrentHashMap<>();

    private Encoders() {
    }

    /** The shared bge-small-zh-v1.5 encoder, all layers. */
    public static CharEncoder bge() {
        return bge(BgeSmallZhEncoder.LAYERS);
    }

    /** The shared bge-small-zh-v1.5 encoder run up to layer {@code layers} (0: the embedding output). */
    public static CharEncoder bge(int layers) {
        return encoder(layers);
    }

    /** The same shared instance, with its token-level output. */
    public static BgeSmallZhEncoder encoder(int layers) {
        // not closed at exit: the process's end frees the native session, and closing it from a shutdown hook while
        // another thread still encodes (a background vector build) could block the exit
        return BGE.computeIfAbsent(layers, BgeSmallZhEncoder::open);
    }
}
