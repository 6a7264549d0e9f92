package cn.esip.ocr.engine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Engines per language list, at most {@code poolSize} each, created on first demand. A caller borrows
 * an engine for one page and gives it back, so concurrent requests spread over the cores while no
 * handle is ever used by two threads.
 */
public final class EnginePool implements AutoCloseable {

    private final OcrConfig config;
    private final Function<String, OcrEngine> factory;
    private final Map<String, Slot> slots = new ConcurrentHashMap<>();
    private volatile boolean closed;

    private static final class Slot {
        final BlockingQueue<OcrEngine> idle = new LinkedBlockingQueue<>();
        final AtomicInteger created = new AtomicInteger();
        final List<OcrEngine> all = new ArrayList<>();
    }

    public EnginePool(OcrConfig config) {
        this(config, langs -> new TesseractEngine(config, langs));
    }

    /** A pool over a custom engine factory (tests). */
    public EnginePool(OcrConfig config, Function<String, OcrEngine> factory) {
        this.config = config;
        this.factory = factory;
    }

    public OcrConfig config() {
        return config;
    }

    /** Runs {@code work} with an engine for {@code languages}, waiting at most {@code wait} for a free one. */
    public <T> T with(String languages, Duration wait, Function<OcrEngine, T> work) {
        if (closed) {
            throw new IllegalStateException("OCR engine pool is closed");
        }
        config.requireLanguages(languages);
        Slot slot = slots.computeIfAbsent(languages, k -> new Slot());
        OcrEngine e = slot.idle.poll();
        if (e == null && slot.created.incrementAndGet() <= config.poolSize()) {
            try {
                e = factory.apply(languages);
            } catch (RuntimeException ex) {
                slot.created.decrementAndGet();
                throw ex;
            }
            synchronized (slot.all) {
                slot.all.add(e);
            }
        } else if (e == null) {
            slot.created.decrementAndGet();
            try {
                e = slot.idle.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
                throw new OcrTimeoutException("interrupted while waiting for an OCR engine");
            }
            if (e == null) {
                throw new OcrTimeoutException("all OCR engines busy for " + wait.toSeconds() + " s");
            }
        }
        try {
            return work.apply(e);
        } finally {
            slot.idle.offer(e);
        }
    }

    @Override
    public void close() {
        closed = true;
        for (Slot s : slots.values()) {
            synchronized (s.all) {
                s.all.forEach(OcrEngine::close);
                s.all.clear();
            }
        }
    }
}
