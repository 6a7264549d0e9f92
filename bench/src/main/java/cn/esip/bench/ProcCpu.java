package cn.esip.bench;

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

    /** utime + stime of this process (fields 14 and 15 of /proc/self/stat), seconds. */
    static double self() {
        return fields(14, 15);
    }

    /** cutime + cstime: waited-for children (fields 16 and 17), seconds. */
    static double children() {
        return fields(16, 17);
    }

    /** Sum of two 1-based fields of /proc/self/stat, in seconds. */
    private static double fields(int a, int b) {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            // fields after the command name in parentheses start with field 3 (state)
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[a - 3]) + Long.parseLong(f[b - 3])) / TICKS;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }
}
