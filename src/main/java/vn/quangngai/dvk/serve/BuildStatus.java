package vn.quangngai.dvk.serve;

import java.util.List;

/**
 * What the preview shows about the latest build: {@code version} counts published builds (the
 * open page reloads when it changes); {@code problems} is empty when the latest build succeeded,
 * otherwise each line names file, line and what is wrong, and the last good site stays served.
 */
public record BuildStatus(long version, List<String> problems) {

    public BuildStatus {
        problems = List.copyOf(problems);
    }

    public static BuildStatus first() {
        return new BuildStatus(1, List.of());
    }

    public BuildStatus published() {
        return new BuildStatus(version + 1, List.of());
    }

    public BuildStatus failed(List<String> lines) {
        return new BuildStatus(version, lines);
    }
}
