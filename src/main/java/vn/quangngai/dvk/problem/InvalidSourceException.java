package vn.quangngai.dvk.problem;

import java.util.List;
import java.util.stream.Collectors;

/** The source cannot be published as it is; carries every problem found, errors and warnings. */
public final class InvalidSourceException extends RuntimeException {

    private final transient List<Problem> problems;

    public InvalidSourceException(List<Problem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    public static InvalidSourceException of(Problem problem) {
        return new InvalidSourceException(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }

    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }

    private static String describe(List<Problem> problems) {
        long errors = problems.stream().filter(Problem::isError).count();
        return problems.stream().map(Problem::toString)
                .collect(Collectors.joining("\n", "Có " + errors + " lỗi, chưa xuất bản được:\n", ""));
    }
}
