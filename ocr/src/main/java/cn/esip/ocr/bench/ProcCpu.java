package cn.esip.ocr.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU seconds from /proc/self/stat (Linux): this JVM's own, and that of its finished child processes.
 * Load-independent companion of wall-clock figures on a shared machine; NaN where unavailable.
 */
final class ProcCpu {

    private static final double TICKS = 100.0;

    private ProcCpu() {
    }

    /** utime + stime of this process, seconds. */
    static double self() {
        return fields(13, 14);
    }

    /** cutime + cstime: waited-for children, seconds. */
    static double children() {
        return fields(15, 16);
    }

    private static double fields(int a, int b) {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // f[0] is field 3 (state): field n is f[n - 3]
            return (Long.parseLong(f[a + 1 - 3]) + Long.parseLong(f[b + 1 - 3])) / TICKS;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }
}
