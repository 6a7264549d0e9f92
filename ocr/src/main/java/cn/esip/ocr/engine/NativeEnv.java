package cn.esip.ocr.engine;

import com.sun.jna.Library;
import com.sun.jna.Native;

/**
 * Limits Tesseract's OpenMP to one thread per engine before libtesseract (and libgomp) load: with
 * OpenMP threads competing with our own engine pool a page takes many times longer on two cores.
 * The launcher and surefire already export OMP_THREAD_LIMIT=1; this guards embedded uses.
 */
public final class NativeEnv {

    private static volatile boolean done;

    private NativeEnv() {
    }

    private interface LibC extends Library {
        int setenv(String name, String value, int overwrite);
    }

    /** Sets OMP_THREAD_LIMIT=1 in the process environment unless it is already set. Idempotent. */
    public static synchronized void limitOpenMp() {
        if (done) {
            return;
        }
        done = true;
        if (System.getenv("OMP_THREAD_LIMIT") != null) {
            return;
        }
        try {
            LibC c = Native.load("c", LibC.class);
            c.setenv("OMP_THREAD_LIMIT", "1", 0);
        } catch (UnsatisfiedLinkError | RuntimeException e) {
            System.err.println("esip ocr: could not set OMP_THREAD_LIMIT=1 (" + e.getMessage()
                    + "); export it before starting the JVM");
        }
    }
}
