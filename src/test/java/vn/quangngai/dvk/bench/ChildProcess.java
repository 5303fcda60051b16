package vn.quangngai.dvk.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs a command as a child process and measures it the way {@code /usr/bin/time} would, from
 * Linux's /proc, with nothing to install:
 *
 * <ul>
 *   <li>wall time: from just before the process starts until it has exited (JVM start included);</li>
 *   <li>CPU time: user + system of the child, read from this process's {@code cutime + cstime} in
 *       {@code /proc/self/stat} before and after (the kernel adds a child's times there when it is
 *       reaped, as {@code Process.waitFor()} does), in clock ticks of {@code getconf CLK_TCK};</li>
 *   <li>peak RSS: the child's {@code VmHWM} (the kernel's high-water mark of resident memory),
 *       read from {@code /proc/PID/status} every 5 ms; the last value read before exit.</li>
 * </ul>
 */
final class ChildProcess {

    /** Wall and CPU seconds, peak resident memory in MiB (-1 when not measurable), exit status. */
    record Measurement(double wall, double cpu, double peakRssMib, int exitStatus) {
    }

    private static final long TICKS_PER_SECOND = clockTicks();

    private ChildProcess() {
    }

    static Measurement run(List<String> command, Path log) {
        try {
            long cpuBefore = childrenCpuTicks();
            long start = System.nanoTime();
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            AtomicLong peakKib = new AtomicLong(-1);
            Thread sampler = new Thread(() -> sample(process, peakKib), "rss-sampler");
            sampler.setDaemon(true);
            sampler.start();
            int status = process.waitFor();
            long end = System.nanoTime();
            sampler.join();
            long cpuAfter = childrenCpuTicks();
            double cpu = cpuBefore < 0 || cpuAfter < 0 ? -1 : (cpuAfter - cpuBefore) / (double) TICKS_PER_SECOND;
            return new Measurement((end - start) / 1e9, cpu, peakKib.get() < 0 ? -1 : peakKib.get() / 1024.0, status);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The java command that runs {@code mainClass} on this JVM's class path, with extra JVM options. */
    static List<String> java(List<String> jvmOptions, String mainClass, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(List.of(args));
        return command;
    }

    private static void sample(Process process, AtomicLong peakKib) {
        Path status = Path.of("/proc", Long.toString(process.pid()), "status");
        while (process.isAlive()) {
            try {
                for (String line : Files.readAllLines(status)) {
                    if (line.startsWith("VmHWM:")) {
                        peakKib.accumulateAndGet(Long.parseLong(line.replaceAll("\\D", "")), Math::max);
                    }
                }
                Thread.sleep(5);
            } catch (IOException | RuntimeException e) {
                return; // the process has just exited, or this is not Linux
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** cutime + cstime of this process: CPU time of its children that have been waited for, or -1. */
    private static long childrenCpuTicks() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // fields[0] is field 3 (state); cutime and cstime are fields 16 and 17
            return Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static long clockTicks() {
        try {
            Process getconf = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
            String out = new String(getconf.getInputStream().readAllBytes()).trim();
            getconf.waitFor();
            return Long.parseLong(out);
        } catch (IOException | RuntimeException e) {
            return 100;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 100;
        }
    }
}
