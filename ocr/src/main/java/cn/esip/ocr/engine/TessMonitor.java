package cn.esip.ocr.engine;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;

/**
 * The few libtesseract C functions used with raw pointers: Tess4J's ETEXT_DESC structure does not
 * match Tesseract 5's layout, so the deadline monitor is created and passed as an opaque pointer.
 */
interface TessMonitor extends Library {

    TessMonitor INSTANCE = load();

    private static TessMonitor load() {
        NativeEnv.limitOpenMp();
        return Native.load("tesseract", TessMonitor.class);
    }

    Pointer TessMonitorCreate();

    void TessMonitorDelete(Pointer monitor);

    void TessMonitorSetDeadlineMSecs(Pointer monitor, int deadline);

    int TessBaseAPIRecognize(Pointer handle, Pointer monitor);
}
