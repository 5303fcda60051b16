package vn.quangngai.dvk.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a build spends its time, from a Java Flight Recorder file of it:
 * {@code java -cp target/test-classes vn.quangngai.dvk.bench.HotSpots build.jfr [TOP]}
 * (record with {@code java -XX:StartFlightRecording=filename=build.jfr,settings=profile -jar … build},
 * or {@code Benchmark --jfr DIR}). From the execution samples (Java code running on a CPU):
 *
 * <ul>
 *   <li>by component: each sample goes to the innermost frame outside the JDK, so JDK time counts
 *       for the library (or our class) that asked for it — e.g. gzip under {@code Precompress};</li>
 *   <li>our methods, inclusive: samples with the method anywhere on the stack (the pipeline's phases);</li>
 *   <li>methods, self: samples with the method on top;</li>
 *   <li>threads, and garbage collections with their total pause-inclusive duration.</li>
 * </ul>
 *
 * Execution samples see only Java code; the first lines also say where the rest of the CPU went:
 * the JVM's CPU time (integrated from {@code jdk.CPULoad}, sampled every second), the CPU time of
 * garbage-collection pauses ({@code jdk.GCCPUTime}) and the time the JIT compilers spent
 * ({@code jdk.CompilerStatistics}, on their own threads).
 */
public final class HotSpots {

    private static final String OURS = "vn.quangngai.dvk.";
    private static final List<String> JDK = List.of("java.", "javax.", "jdk.", "sun.", "com.sun.");
    private static final Map<String, String> COMPONENTS = Map.of(
            "freemarker.", "Freemarker",
            "com.vladsch.flexmark.", "flexmark",
            "com.fasterxml.jackson.", "Jackson",
            "org.yaml.snakeyaml.", "SnakeYAML",
            "org.jbake.", "JBake",
            "org.apache.commons.", "Apache Commons",
            "org.jsoup.", "jsoup",
            "com.orientechnologies.", "OrientDB",
            "org.slf4j.", "SLF4J");

    private HotSpots() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: HotSpots RECORDING.jfr [TOP]");
            System.exit(2);
        }
        print(Path.of(args[0]), args.length > 1 ? Integer.parseInt(args[1]) : 25, new PrintStream(System.out, true, StandardCharsets.UTF_8));
    }

    static void print(Path recording, int top, PrintStream out) throws IOException {
        Map<String, Integer> components = new HashMap<>();
        Map<String, Integer> ourInclusive = new HashMap<>();
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> threads = new HashMap<>();
        int samples = 0;
        int collections = 0;
        double collectionMillis = 0;
        long heapUsedPeak = 0;
        double gcCpuMillis = 0;
        double compileSeconds = 0;
        long compiles = 0;
        double jvmCpuSeconds = 0;
        int hardwareThreads = Runtime.getRuntime().availableProcessors();
        Instant previousLoad = null;
        try (RecordingFile file = new RecordingFile(recording)) {
            while (file.hasMoreEvents()) {
                RecordedEvent event = file.readEvent();
                switch (event.getEventType().getName()) {
                    case "jdk.ExecutionSample" -> {
                        RecordedStackTrace stack = event.getStackTrace();
                        if (stack == null || stack.getFrames().isEmpty()) {
                            continue;
                        }
                        samples++;
                        threads.merge(event.getThread("sampledThread").getJavaName(), 1, Integer::sum);
                        List<RecordedFrame> frames = stack.getFrames();
                        self.merge(name(frames.get(0)), 1, Integer::sum);
                        components.merge(component(frames), 1, Integer::sum);
                        Set<String> seen = new HashSet<>();
                        for (RecordedFrame frame : frames) {
                            String name = name(frame);
                            if (name.startsWith(OURS) && seen.add(name)) {
                                ourInclusive.merge(name, 1, Integer::sum);
                            }
                        }
                    }
                    case "jdk.GarbageCollection" -> {
                        collections++;
                        collectionMillis += event.getDuration().toNanos() / 1e6;
                    }
                    case "jdk.GCHeapSummary" -> heapUsedPeak = Math.max(heapUsedPeak, event.getLong("heapUsed"));
                    case "jdk.GCCPUTime" -> gcCpuMillis += (event.getLong("userTime") + event.getLong("systemTime")) / 1e6;
                    case "jdk.CompilerStatistics" -> {
                        compileSeconds = event.getDuration("totalTimeSpent").toNanos() / 1e9;
                        compiles = event.getLong("compileCount");
                    }
                    case "jdk.CPUInformation" -> hardwareThreads = event.getInt("hwThreads");
                    case "jdk.CPULoad" -> {
                        Instant now = event.getStartTime();
                        if (previousLoad != null) {
                            double share = event.getFloat("jvmUser") + event.getFloat("jvmSystem");
                            jvmCpuSeconds += share * hardwareThreads * Duration.between(previousLoad, now).toNanos() / 1e9;
                        }
                        previousLoad = now;
                    }
                    default -> {
                        // other events are not summarised here
                    }
                }
            }
        }
        out.printf(Locale.ROOT, "JVM CPU about %.1f s (jdk.CPULoad); GC pauses %.1f s CPU; JIT compilers %.1f s for %,d compilations%n",
                jvmCpuSeconds, gcCpuMillis / 1000, compileSeconds, compiles);
        out.printf(Locale.ROOT, "%,d execution samples of Java code; %d garbage collections, %.0f ms in all; peak heap used %.0f MiB%n",
                samples, collections, collectionMillis, heapUsedPeak / 1024.0 / 1024.0);
        table(out, "threads", threads, samples, 6);
        table(out, "by component (innermost frame outside the JDK)", components, samples, top);
        table(out, "our methods, inclusive", ourInclusive, samples, top);
        table(out, "methods, self", self, samples, top);
    }

    private static void table(PrintStream out, String title, Map<String, Integer> counts, int samples, int top) {
        out.println();
        out.println(title + ":");
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(top)
                .forEach(e -> out.printf(Locale.ROOT, "  %5.1f%%  %6d  %s%n", 100.0 * e.getValue() / samples, e.getValue(), e.getKey()));
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    /** The library, or our class, of the innermost frame outside the JDK; "JDK" when there is none. */
    private static String component(List<RecordedFrame> frames) {
        for (RecordedFrame frame : frames) {
            String type = frame.getMethod().getType().getName();
            if (JDK.stream().anyMatch(type::startsWith)) {
                continue;
            }
            if (type.startsWith(OURS)) {
                return type.contains("$") ? type.substring(0, type.indexOf('$')) : type;
            }
            return COMPONENTS.entrySet().stream().filter(e -> type.startsWith(e.getKey())).map(Map.Entry::getValue)
                    .findFirst().orElse(type.substring(0, Math.max(0, type.lastIndexOf('.'))));
        }
        return "JDK (" + frames.get(frames.size() - 1).getMethod().getType().getName() + ")";
    }
}
