package cn.esip.api.cli;

import cn.esip.kg.service.ImportProgress;

import java.io.PrintStream;
import java.util.Map;
import java.util.TreeMap;

/** Prints import progress on stderr: one line per stage every two seconds and when a stage finishes. */
public final class StderrProgress implements ImportProgress {

    private final PrintStream err;
    private final long t0 = System.nanoTime();
    private final Map<String, int[]> stages = new TreeMap<>();
    private long lastPrint;

    public StderrProgress(PrintStream err) {
        this.err = err;
    }

    @Override
    public synchronized void update(String stage, int done, int total) {
        stages.put(stage, new int[]{done, total});
        long now = System.nanoTime();
        if (done == total || now - lastPrint > 2_000_000_000L) {
            lastPrint = now;
            StringBuilder sb = new StringBuilder(String.format("[%6.1f s]", (now - t0) / 1e9));
            stages.forEach((s, d) -> sb.append(String.format("  %s %d/%d", s, d[0], d[1])));
            err.println(sb);
        }
    }
}
