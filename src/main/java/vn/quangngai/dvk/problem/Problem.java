package vn.quangngai.dvk.problem;

import java.util.Comparator;

/**
 * One thing wrong with the input, said so that a writer can fix it: where (file, line, column,
 * field), what is wrong, and what is valid instead. Line and column are 1-based; 0 means unknown.
 */
public record Problem(Severity severity, String file, int line, int column, String field, String message, String hint) {

    public enum Severity { ERROR, WARNING }

    public static final Comparator<Problem> ORDER = Comparator.comparing(Problem::file)
            .thenComparingInt(Problem::line)
            .thenComparingInt(Problem::column)
            .thenComparing(p -> p.field() == null ? "" : p.field())
            .thenComparing(Problem::message);

    public Problem {
        if (file == null || file.isBlank()) {
            throw new IllegalArgumentException("a problem must name its file");
        }
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException("a problem must say what is wrong");
        }
    }

    public static Problem error(String file, int line, String field, String message, String hint) {
        return new Problem(Severity.ERROR, file, line, 0, field, message, hint);
    }

    public static Problem warning(String file, int line, String field, String message, String hint) {
        return new Problem(Severity.WARNING, file, line, 0, field, message, hint);
    }

    public Problem at(int line, int column) {
        return new Problem(severity, file, line, column, field, message, hint);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code content/mo-hinh/a.md:3:7: [agency] lỗi: … — gợi ý}. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(file);
        if (line > 0) {
            out.append(':').append(line);
            if (column > 0) {
                out.append(':').append(column);
            }
        }
        out.append(": ").append(severity == Severity.ERROR ? "lỗi" : "cảnh báo").append(": ");
        if (field != null && !field.isBlank()) {
            out.append('[').append(field).append("] ");
        }
        out.append(message);
        if (hint != null && !hint.isBlank()) {
            out.append(" — ").append(hint);
        }
        return out.toString();
    }
}
