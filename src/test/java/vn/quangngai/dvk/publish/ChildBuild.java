package vn.quangngai.dvk.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import vn.quangngai.dvk.build.SiteBuild;

/**
 * A build in a process of its own, for tests of what another process sees: {@code build SOURCE OUT}
 * builds; {@code POINT SOURCE OUT} builds and halts the process at that {@link Faults.Point}, as
 * a kill would; {@code hold SOURCE OUT} takes the output's lock and keeps it until its input ends.
 */
final class ChildBuild {

    /** The exit status of a process halted at its point. */
    static final int HALTED = 86;

    private ChildBuild() {
    }

    public static void main(String[] args) throws IOException {
        Path source = Path.of(args[1]);
        Path out = Path.of(args[2]);
        switch (args[0]) {
            case "hold" -> {
                try (Publication held = Publication.open(source, out, Duration.ZERO)) {
                    System.out.println("locked");
                    System.out.flush();
                    while (System.in.read() >= 0) {
                        // held until the test closes our input or kills us
                    }
                }
            }
            case "build" -> new SiteBuild().run(source, out);
            default -> {
                Faults.Point point = Faults.Point.valueOf(args[0]);
                Publication.faults = reached -> {
                    if (reached == point) {
                        Runtime.getRuntime().halt(HALTED);
                    }
                };
                new SiteBuild().run(source, out);
            }
        }
        System.exit(0);
    }

    /** Starts {@code java ChildBuild ARGS} with this test's class path; its output goes to {@code log}. */
    static Process start(Path log, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ChildBuild.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        return args[0].equals("hold") ? builder.start() : builder.redirectOutput(log.toFile()).start();
    }

    /** What a child wrote, for the message of a failed assertion. */
    static String log(Path log) {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }
}
