package vn.quangngai.dvk.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.quangngai.dvk.jbake.BakeException;
import vn.quangngai.dvk.problem.InvalidSourceException;
import vn.quangngai.dvk.problem.Problem;

class FailuresTest {

    private static List<String> lines(Throwable failure) {
        return Failures.of(failure, Failures.Doing.PUBLISHING).lines();
    }

    @Test
    void problemsInTheInputAreListedWarningsFirstThenHowManyErrorsAndThatNothingWasPublished() {
        InvalidSourceException invalid = new InvalidSourceException(List.of(
                Problem.error("content/mo-hinh/a.md", 4, "agency", "không có cơ quan.", null),
                Problem.warning("content/mo-hinh/b.md", 2, "agnecy", "trường thừa.", null)));
        assertThat(lines(invalid)).containsExactly("content/mo-hinh/b.md:2: cảnh báo: [agnecy] trường thừa.",
                "content/mo-hinh/a.md:4: lỗi: [agency] không có cơ quan.",
                "Có 1 lỗi; chưa xuất bản gì, trang đã xuất bản trước đó vẫn giữ nguyên.");
        assertThat(Failures.of(invalid, Failures.Doing.CHECKING).closing()).isEqualTo("Có 1 lỗi.");
        assertThat(Failures.of(invalid, Failures.Doing.PUBLISHING).problems()).hasSize(1);
        assertThat(lines(new BakeException(List.of("story.ftl line 2: x")))).containsExactly("story.ftl line 2: x",
                "Không tạo được trang (1 lỗi); chưa xuất bản gì, trang đã xuất bản trước đó vẫn giữ nguyên.");
    }

    @Test
    void crashesAndBugsAreOneVietnameseLineEachWithoutATrace() {
        assertThat(lines(new StackOverflowError())).first().asString().startsWith("Lỗi: tràn ngăn xếp khi dựng trang");
        assertThat(lines(new OutOfMemoryError("Java heap space"))).first().asString()
                .startsWith("Lỗi: không đủ bộ nhớ").contains("DVK_JAVA_OPTS=-Xmx4g");
        assertThat(lines(new UncheckedIOException(new NoSuchFileException("/tmp/x/anh.jpg")))).first().asString()
                .isEqualTo("Lỗi đọc hoặc ghi tệp: không tìm thấy /tmp/x/anh.jpg — kiểm tra thư mục còn chỗ trống và có quyền ghi.");
        assertThat(lines(new UncheckedIOException("Không ghi được thư mục kết quả /x", new IOException("đầy")))).first().asString()
                .contains("Không ghi được thư mục kết quả /x");
        assertThat(lines(new IllegalArgumentException("liên kết \"javascript:x\" không được phép."))).first()
                .isEqualTo("Lỗi: liên kết \"javascript:x\" không được phép.");
        assertThat(lines(new NullPointerException())).first().asString()
                .startsWith("Lỗi ngoài dự kiến (java.lang.NullPointerException: NullPointerException)").contains("báo cho người phụ trách kỹ thuật");
        assertThat(lines(new StackOverflowError())).hasSize(2).last().asString().contains("trang đã xuất bản trước đó vẫn giữ nguyên");
    }
}
