package vn.quangngai.dvk.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.List;
import vn.quangngai.dvk.jbake.BakeException;
import vn.quangngai.dvk.problem.InvalidSourceException;
import vn.quangngai.dvk.problem.Problem;

/**
 * The one place that says, in Vietnamese, why a build, a check or a preview rebuild failed,
 * whatever was thrown: the problems in the input, a template error, a file that could not be
 * written, a stack overflow, memory running out, or a bug. Never a stack trace: a writer cannot
 * act on one, and a thousand lines of it hid the one line that named the file.
 */
public final class Failures {

    /** What the failed command was doing, for the closing line. */
    public enum Doing { CHECKING, PUBLISHING }

    /**
     * @param problems what went wrong, one line each (errors in the input first of all), shown in
     *                 the console and on the preview's page
     * @param warnings warnings of the input, for the console
     * @param closing  the last line: how many errors, and what became of the published site
     */
    public record Failure(List<String> problems, List<String> warnings, String closing) {

        public Failure {
            problems = List.copyOf(problems);
            warnings = List.copyOf(warnings);
        }

        /** Everything for the console, in the order a writer reads it. */
        public List<String> lines() {
            return java.util.stream.Stream.of(warnings, problems, List.of(closing)).flatMap(List::stream).toList();
        }
    }

    private static final String KEPT = "chưa xuất bản gì, trang đã xuất bản trước đó vẫn giữ nguyên.";

    private Failures() {
    }

    public static Failure of(Throwable failure, Doing doing) {
        String kept = doing == Doing.CHECKING ? "" : "; " + KEPT;
        if (failure instanceof InvalidSourceException invalid) {
            List<String> errors = invalid.errors().stream().map(Problem::toString).toList();
            List<String> warnings = invalid.problems().stream().filter(p -> !p.isError()).map(Problem::toString).toList();
            return new Failure(errors, warnings, "Có " + errors.size() + " lỗi" + (kept.isEmpty() ? "." : kept));
        }
        if (failure instanceof BakeException bake) {
            return new Failure(bake.errors(), List.of(), "Không tạo được trang (" + bake.errors().size() + " lỗi)"
                    + (kept.isEmpty() ? "." : kept));
        }
        String closing = doing == Doing.CHECKING ? "Chưa kiểm tra xong." : "Chưa xuất bản gì; trang đã xuất bản trước đó vẫn giữ nguyên.";
        return new Failure(List.of(line(failure)), List.of(), closing);
    }

    private static String line(Throwable failure) {
        if (failure instanceof StackOverflowError) {
            return "Lỗi: tràn ngăn xếp khi dựng trang — thường do một bài có trích dẫn (>) hay danh sách lồng nhau quá sâu, "
                    + "hoặc một dòng rất dài. Xem lại bài vừa sửa; các giới hạn của lệnh check chưa bắt được trường hợp này.";
        }
        if (failure instanceof OutOfMemoryError) {
            return "Lỗi: không đủ bộ nhớ để dựng trang (Java có tối đa " + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                    + " MB). Cho Java thêm bộ nhớ, ví dụ: DVK_JAVA_OPTS=-Xmx4g ./dan-van-kheo build (hoặc serve)";
        }
        if (failure instanceof UncheckedIOException io) {
            // wrapping a cause without a message of its own gives the cause's class name as the message
            String what = io.getMessage() != null && !io.getMessage().equals(io.getCause().toString()) ? io.getMessage() : io(io.getCause());
            return "Lỗi đọc hoặc ghi tệp: " + what + " — kiểm tra thư mục còn chỗ trống và có quyền ghi.";
        }
        if (failure instanceof IllegalArgumentException || failure instanceof IllegalStateException) {
            return "Lỗi: " + message(failure);
        }
        return "Lỗi ngoài dự kiến (" + failure.getClass().getName() + ": " + message(failure)
                + "). Đây có thể là lỗi của chương trình: báo cho người phụ trách kỹ thuật, kèm dòng này và tệp vừa sửa.";
    }

    private static String io(IOException cause) {
        if (cause instanceof NoSuchFileException missing) {
            return "không tìm thấy " + missing.getFile();
        }
        if (cause instanceof AccessDeniedException denied) {
            return "không có quyền với " + denied.getFile();
        }
        return message(cause);
    }

    /** The message, or that of the first cause that has one: an UncheckedIOException's own is often empty. */
    private static String message(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                return t.getMessage();
            }
        }
        return failure.getClass().getSimpleName();
    }
}
