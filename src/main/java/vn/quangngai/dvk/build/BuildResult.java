package vn.quangngai.dvk.build;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import vn.quangngai.dvk.problem.Problem;

/** What a successful build wrote, for the one summary line and for tests; {@code notes} say which stories it held back. */
public record BuildResult(Path out, int htmlPages, int files, int stories, int agencies, int districts, long nanos,
                          List<Problem> warnings, List<String> notes) {

    public BuildResult {
        warnings = List.copyOf(warnings);
        notes = List.copyOf(notes);
    }

    /** A build that held no story back. */
    public BuildResult(Path out, int htmlPages, int files, int stories, int agencies, int districts, long nanos,
                       List<Problem> warnings) {
        this(out, htmlPages, files, stories, agencies, districts, nanos, warnings, List.of());
    }

    public double seconds() {
        return nanos / 1e9;
    }

    /** {@code Đã xuất bản 83 trang HTML (25 mô hình, 15 cơ quan, 8 địa bàn) trong 1,23 giây → target/site}. */
    public String summary() {
        return String.format(Locale.ROOT, "Đã xuất bản %d trang HTML (%d mô hình, %d cơ quan, %d địa bàn) trong %s giây → %s",
                htmlPages, stories, agencies, districts, String.format(Locale.ROOT, "%.2f", seconds()).replace('.', ','), out);
    }
}
