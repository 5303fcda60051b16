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
