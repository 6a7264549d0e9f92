package cn.esip.ocr.engine;

import cn.esip.ocr.model.Box;
import cn.esip.ocr.model.OcrLine;
import cn.esip.ocr.model.OcrWord;
import cn.esip.ocr.text.CjkText;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;
import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.ITessAPI.TessPageIterator;
import net.sourceforge.tess4j.ITessAPI.TessResultIterator;
import net.sourceforge.tess4j.TessAPI;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.ByteBuffer;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * One Tesseract handle (Tess4J's C API binding, LSTM only). Pixels go in as 8-bit grey straight
 * through {@code TessBaseAPISetImage}, which avoids Tess4J's Leptonica conversions.
 */
public final class TesseractEngine implements OcrEngine {

    private static final TessAPI API = load();
    private static final int RIL_TEXTLINE = 2;
    private static final int RIL_WORD = 3;
    private static final int OEM_LSTM_ONLY = 1;
    private static final int OEM_TESSERACT_ONLY = 0;
    /** The language name of Tesseract's orientation and script detection data. */
    public static final String OSD = "osd";

    private final TessBaseAPI handle;
    private final String languages;
    private final int pageSegMode;
    private boolean closed;

    private static TessAPI load() {
        NativeEnv.limitOpenMp();
        return TessAPI.INSTANCE;
    }

    /** Starts a handle for {@code languages} on the data path of {@code config}. */
    public TesseractEngine(OcrConfig config, String languages) {
        config.requireLanguages(languages);
        TessBaseAPI h;
        try {
            h = API.TessBaseAPICreate();
        } catch (UnsatisfiedLinkError | NoClassDefFoundError e) {
            throw new EngineUnavailableException("libtesseract not found (install tesseract-ocr): " + e.getMessage(), e);
        }
        int rc = API.TessBaseAPIInit2(h, config.dataPath().toString(), languages,
                OSD.equals(languages) ? OEM_TESSERACT_ONLY : OEM_LSTM_ONLY);
        if (rc != 0) {
            API.TessBaseAPIDelete(h);
            throw new EngineUnavailableException("Tesseract could not load '" + languages + "' from " + config.dataPath());
        }
        API.TessBaseAPISetVariable(h, "debug_file", "/dev/null");
        this.handle = h;
        this.languages = languages;
        this.pageSegMode = config.pageSegMode();
    }

    @Override
    public String languages() {
        return languages;
    }

    @Override
    public RecognizedPage recognize(BufferedImage gray, int dpi, Duration timeout) {
        long t0 = System.nanoTime();
        setImage(gray, dpi);
        long limitMs = Math.max(1, timeout.toMillis());
        Pointer monitor = TessMonitor.INSTANCE.TessMonitorCreate();
        try {
            TessMonitor.INSTANCE.TessMonitorSetDeadlineMSecs(monitor, (int) Math.min(Integer.MAX_VALUE, limitMs));
            TessMonitor.INSTANCE.TessBaseAPIRecognize(handle.getPointer(), monitor);
        } finally {
            TessMonitor.INSTANCE.TessMonitorDelete(monitor);
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        boolean timedOut = ms >= limitMs;
        List<OcrLine> lines = timedOut ? List.of() : readLines();
        API.TessBaseAPIClear(handle);
        return new RecognizedPage(lines, timedOut, (System.nanoTime() - t0) / 1_000_000);
    }

    /**
     * Orientation and script detection (an engine started with {@link #OSD}): the clockwise rotation,
     * in degrees (0, 90, 180, 270), that makes the page upright, or -1 when Tesseract cannot tell.
     */
    @Override
    public int uprightRotation(BufferedImage gray, int dpi) {
        if (!OSD.equals(languages)) {
            throw new IllegalStateException("orientation detection needs an engine started with 'osd'");
        }
        setImage(gray, dpi);
        IntBuffer deg = IntBuffer.allocate(1);
        FloatBuffer conf = FloatBuffer.allocate(1), sconf = FloatBuffer.allocate(1);
        PointerByReference script = new PointerByReference();
        int ok = API.TessBaseAPIDetectOrientationScript(handle, deg, conf, script, sconf);
        API.TessBaseAPIClear(handle);
        if (ok == 0 || conf.get(0) < 1.5f) {
            return -1;
        }
        // Tesseract reports how far the page is turned (counter-clockwise); the clockwise turn back completes the circle
        return (360 - deg.get(0)) % 360;
    }

    private void setImage(BufferedImage gray, int dpi) {
        if (closed) {
            throw new IllegalStateException("engine closed");
        }
        if (gray.getType() != BufferedImage.TYPE_BYTE_GRAY) {
            throw new IllegalArgumentException("engine expects an 8-bit grey image");
        }
        int w = gray.getWidth(), h = gray.getHeight();
        ByteBuffer buf = ByteBuffer.allocateDirect(w * h);
        byte[] px = ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
        if (px.length == w * h) {
            buf.put(px);
        } else {
            byte[] row = new byte[w];
            for (int y = 0; y < h; y++) {
                gray.getRaster().getDataElements(0, y, w, 1, row);
                buf.put(row);
            }
        }
        buf.flip();
        API.TessBaseAPISetPageSegMode(handle, OSD.equals(languages) ? 0 : pageSegMode);
        API.TessBaseAPISetImage(handle, buf, w, h, 1, w);
        API.TessBaseAPISetSourceResolution(handle, Math.max(70, dpi));
    }

    private List<OcrLine> readLines() {
        List<OcrLine> out = new ArrayList<>();
        TessResultIterator ri = API.TessBaseAPIGetIterator(handle);
        if (ri == null) {
            return out;
        }
        try {
            TessPageIterator pi = API.TessResultIteratorGetPageIterator(ri);
            API.TessPageIteratorBegin(pi);
            String lineText = null;
            Box lineBox = null;
            double lineConf = 0;
            List<OcrWord> words = new ArrayList<>();
            do {
                if (API.TessPageIteratorIsAtBeginningOf(pi, RIL_TEXTLINE) != 0) {
                    flush(out, lineText, lineBox, lineConf, words);
                    words = new ArrayList<>();
                    lineText = text(ri, RIL_TEXTLINE);
                    lineBox = box(pi, RIL_TEXTLINE);
                    lineConf = API.TessResultIteratorConfidence(ri, RIL_TEXTLINE);
                }
                String wt = text(ri, RIL_WORD);
                if (wt != null && !wt.isBlank()) {
                    words.add(new OcrWord(wt.strip(), box(pi, RIL_WORD), API.TessResultIteratorConfidence(ri, RIL_WORD)));
                }
            } while (API.TessPageIteratorNext(pi, RIL_WORD) != 0);
            flush(out, lineText, lineBox, lineConf, words);
        } finally {
            API.TessResultIteratorDelete(ri);
        }
        return out;
    }

    private static void flush(List<OcrLine> out, String text, Box box, double conf, List<OcrWord> words) {
        if (text == null || box == null) {
            return;
        }
        String t = CjkText.restorePunctuation(CjkText.repairBrackets(CjkText.normalizeSpaces(text)));
        if (!t.isEmpty()) {
            out.add(new OcrLine(t, box, Math.round(conf * 10) / 10.0, words));
        }
    }

    private static String text(TessResultIterator ri, int level) {
        Pointer p = API.TessResultIteratorGetUTF8Text(ri, level);
        if (p == null) {
            return null;
        }
        try {
            return new String(p.getByteArray(0, (int) strlen(p)), StandardCharsets.UTF_8);
        } finally {
            API.TessDeleteText(p);
        }
    }

    private static long strlen(Pointer p) {
        long n = 0;
        while (p.getByte(n) != 0) {
            n++;
        }
        return n;
    }

    private static Box box(TessPageIterator pi, int level) {
        IntBuffer l = IntBuffer.allocate(1), t = IntBuffer.allocate(1), r = IntBuffer.allocate(1), b = IntBuffer.allocate(1);
        if (API.TessPageIteratorBoundingBox(pi, level, l, t, r, b) == 0) {
            return new Box(0, 0, 0, 0);
        }
        return new Box(l.get(0), t.get(0), r.get(0) - l.get(0), b.get(0) - t.get(0));
    }

    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            API.TessBaseAPIEnd(handle);
            API.TessBaseAPIDelete(handle);
        }
    }
}
