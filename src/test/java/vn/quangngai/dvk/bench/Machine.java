package vn.quangngai.dvk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the benchmark ran on, read from the JVM and Linux's /proc. */
final class Machine {

    private Machine() {
    }

    static Map<String, String> describe() {
        Map<String, String> machine = new LinkedHashMap<>();
        machine.put("CPU", firstValue("/proc/cpuinfo", "model name"));
        machine.put("cores (available processors)", Integer.toString(Runtime.getRuntime().availableProcessors()));
        String memory = firstValue("/proc/meminfo", "MemTotal");
        machine.put("memory", memory.endsWith(" kB")
                ? String.format("%.1f GiB", Long.parseLong(memory.replace(" kB", "").trim()) / 1024.0 / 1024.0) : memory);
        machine.put("Java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                + " (" + System.getProperty("java.vendor") + ")");
        machine.put("OS", System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
        machine.put("load average at start", loadAverage());
        return machine;
    }

    private static long sink;
    private static int[] walk;

    /**
     * Milliseconds this JVM takes for a fixed walk of dependent reads over 64 MB of memory (the
     * median of three walks of a million reads): how fast the machine runs right now. A virtual
     * machine's host can slow it down for minutes at a time, which the guest cannot see (its steal
     * time stays 0 here) and which slows every build measured meanwhile. It walks memory rather
     * than looping on registers because the slowdowns seen here were in memory, and an arithmetic
     * loop hardly showed them (docs/performance.md). The first call fills the memory.
     */
    static double speedProbe() {
        if (walk == null) {
            walk = new int[16 << 20];
            for (int i = 0; i < walk.length; i++) {
                walk[i] = (int) ((i * 2654435761L) & (walk.length - 1));
            }
        }
        int mask = walk.length - 1;
        long[] times = new long[3];
        for (int k = 0; k < times.length; k++) {
            long start = System.nanoTime();
            int at = k;
            long sum = 0;
            for (int i = 0; i < 1_000_000; i++) {
                at = walk[(at + i) & mask];
                sum += at;
            }
            sink ^= sum;
            times[k] = System.nanoTime() - start;
        }
        java.util.Arrays.sort(times);
        return times[1] / 1e6;
    }

    /** The 1, 5 and 15 minute load averages: other work on the machine shows here. */
    static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String firstValue(String file, String key) {
        try {
            for (String line : Files.readAllLines(Path.of(file))) {
                if (line.startsWith(key)) {
                    return line.substring(line.indexOf(':') + 1).trim();
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: say so below
        }
        return "unknown";
    }
}
