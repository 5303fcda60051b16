package vn.quangngai.dvk.problem;

import java.util.ArrayList;
import java.util.List;

/** Collects every problem of a pass, so that a writer sees all of them at once. */
public final class Problems {

    private final List<Problem> all = new ArrayList<>();

    public void add(Problem problem) {
        all.add(problem);
    }

    public void addAll(List<Problem> problems) {
        all.addAll(problems);
    }

    public boolean hasErrors() {
        return errorCount() > 0;
    }

    public int errorCount() {
        return (int) all.stream().filter(Problem::isError).count();
    }

    /** Sorted by file, line, column: the order a writer fixes them in. */
    public List<Problem> list() {
        return all.stream().sorted(Problem.ORDER).toList();
    }

    /** Throws when any problem is an error; warnings alone let the build go on. */
    public void throwIfErrors() {
        if (hasErrors()) {
            throw new InvalidSourceException(list());
        }
    }
}
