package cn.esip.nlp.encode;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** An encoder filter that remembers the vectors of every text it has seen (for training, which revisits sentences). */
public final class MemoizingEncoder implements CharEncoder {

    private final CharEncoder base;
    private final Map<String, float[][]> memo = new ConcurrentHashMap<>();

    public MemoizingEncoder(CharEncoder base) {
        this.base = base;
    }

    @Override
    public int dimension() {
        return base.dimension();
    }

    @Override
    public float[][] encode(String text) {
        return memo.computeIfAbsent(text, base::encode);
    }

    @Override
    public String describe() {
        return base.describe();
    }

    /** Forgets the vectors; does not close the base encoder, which may be shared. */
    @Override
    public void close() {
        memo.clear();
    }
}
